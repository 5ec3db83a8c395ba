package org.cishan.donation.query.donationsummary;

import java.util.List;

/** A page of donations and how many there are in all. */
public record DonationSummaryPage(List<DonationSummaryView> items, long totalItems) {}

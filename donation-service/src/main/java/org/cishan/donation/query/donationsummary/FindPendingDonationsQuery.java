package org.cishan.donation.query.donationsummary;

/** One page of the pending donations, the nearest deadline first (finance's view). */
public record FindPendingDonationsQuery(int page, int size) {}

package org.cishan.donation.query.donationsummary;

import java.util.UUID;

/** One donation as the ledger's read model knows it (empty until projected). */
public record FindDonationSummaryQuery(UUID donationId) {}

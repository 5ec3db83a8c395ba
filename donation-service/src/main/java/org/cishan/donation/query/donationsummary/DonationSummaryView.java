package org.cishan.donation.query.donationsummary;

import java.time.Instant;
import java.util.UUID;

/**
 * One received donation.
 *
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param receivedAt when the ledger recorded it, to the microsecond
 */
public record DonationSummaryView(
    UUID donationId,
    String donorName,
    long minorUnits,
    String currency,
    UUID projectId,
    Instant receivedAt) {}

package org.cishan.donation.query.journal;

import java.util.UUID;

public record FindDonationTrailQuery(UUID donationId) {}

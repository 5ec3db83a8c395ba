package org.cishan.donation.web;

import java.util.UUID;

/** A donation's status after a confirm or void request. */
public record DonationStatusResponse(UUID donationId, String status) {}

package org.cishan.donation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/donations/{id}/void}: why the money will not come. */
public record VoidDonationRequest(@NotBlank @Size(max = 500) String reason) {}

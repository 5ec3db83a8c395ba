package org.cishan.donation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The body of {@code POST /api/donations/{id}/refunds}: {@code refundId} is chosen by the caller,
 * so a retry is recognised.
 */
public record RefundRequest(
    @NotNull UUID refundId,
    @NotNull @Valid MoneyRequest amount,
    @NotBlank @Size(max = 500) String reason) {}

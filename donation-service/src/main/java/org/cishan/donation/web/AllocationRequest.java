package org.cishan.donation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The body of {@code POST /api/ledger/allocations}: {@code allocationId} is chosen by the caller,
 * so a retry is recognised.
 */
public record AllocationRequest(
    @NotNull UUID allocationId, @NotNull UUID projectId, @NotNull @Valid MoneyRequest amount) {}

package org.cishan.donation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body of {@code POST /api/ledger/projects/{id}/disbursements}. */
public record DisbursementRequest(
    @NotNull UUID disbursementId,
    @NotNull @Valid MoneyRequest amount,
    @NotBlank @Size(max = 200) String partner,
    @NotBlank @Size(max = 100) String voucherReference) {}

package org.cishan.donation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * {@code ?date=2026-03-01&basis=recorded}: the day's journal (in the federation's time zone), by
 * the day the ledger recorded each entry ({@code recorded}, the default) or the day the money moved
 * ({@code effective}). Paged with {@code page} and {@code size}.
 */
public record JournalParams(
    @NotNull LocalDate date,
    @Pattern(regexp = "recorded|effective", message = "must be recorded or effective")
        String basis) {

  boolean byEffectiveDate() {
    return "effective".equals(basis);
  }
}

package org.cishan.donation.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** {@code ?from=2026-03-01&to=2026-03-31}: both days included, at most 366 days. */
public record DailyTotalsParams(@NotNull LocalDate from, @NotNull LocalDate to) {

  static final long MAX_DAYS = 366;

  @AssertTrue(message = "must not be before from, and at most 366 days after it")
  public boolean isTo() {
    return from == null
        || to == null
        || (!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < MAX_DAYS);
  }
}

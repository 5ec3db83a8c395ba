package org.cishan.donation.query.publictotals;

import java.time.LocalDate;

/** Confirmed donations per day from {@code from} to {@code to}, both included. */
public record FindDailyTotalsQuery(LocalDate from, LocalDate to) {}

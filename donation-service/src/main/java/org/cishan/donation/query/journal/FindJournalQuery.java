package org.cishan.donation.query.journal;

import java.time.LocalDate;

/**
 * A day's journal, in the federation's time zone.
 *
 * @param byEffectiveDate {@code true} for the day the money moved, {@code false} for the day the
 *     ledger recorded it
 */
public record FindJournalQuery(LocalDate day, boolean byEffectiveDate, int page, int size) {}

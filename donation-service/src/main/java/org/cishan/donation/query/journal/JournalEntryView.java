package org.cishan.donation.query.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * One money event in the finance journal.
 *
 * @param eventId the ledger event's identifier
 * @param recordedAt when the ledger recorded it
 * @param effectiveAt when the money moved (a confirmed gift's value date; otherwise recordedAt)
 * @param referenceId the allocation, disbursement or refund id the entry is about
 * @param actor the account that did it
 * @param detail a reason, or partner and voucher of a disbursement
 */
public record JournalEntryView(
    String eventId,
    Instant recordedAt,
    Instant effectiveAt,
    Kind kind,
    UUID donationId,
    UUID projectId,
    UUID referenceId,
    long minorUnits,
    String currency,
    String actor,
    String detail) {

  /** The same entry, its money moved at {@code effectiveAt}. */
  public JournalEntryView movedAt(Instant effectiveAt) {
    return new JournalEntryView(
        eventId,
        recordedAt,
        effectiveAt,
        kind,
        donationId,
        projectId,
        referenceId,
        minorUnits,
        currency,
        actor,
        detail);
  }

  /** The same entry, done by {@code actor}, with a reason or details. */
  public JournalEntryView by(String actor, String detail) {
    return new JournalEntryView(
        eventId,
        recordedAt,
        effectiveAt,
        kind,
        donationId,
        projectId,
        referenceId,
        minorUnits,
        currency,
        actor,
        detail);
  }

  /** What happened to the money. */
  public enum Kind {
    CONFIRMED,
    REFUNDED,
    RELEASED,
    ALLOCATED,
    REVERSED,
    DISBURSED
  }
}

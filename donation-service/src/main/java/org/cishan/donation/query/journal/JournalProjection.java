package org.cishan.donation.query.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.cishan.donation.domain.Draw;
import org.cishan.donation.domain.Money;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDisbursedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;
import org.cishan.donation.query.journal.JournalEntryView.Kind;
import org.springframework.stereotype.Component;

/**
 * The finance journal — one entry per money event, findable by the day it was recorded or the day
 * the money moved — and each donation's trail: one entry per movement of its money (drawn for a
 * project, given back by a reversal, paid to a partner, refunded, released). Entries are keyed by
 * the event's identifier, so a redelivered event adds nothing; rebuilt from the ledger on reset.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
public class JournalProjection {

  public static final String PROCESSING_GROUP = "ledger-journal";

  private final JournalRepository journal;

  public JournalProjection(JournalRepository journal) {
    this.journal = journal;
  }

  @EventHandler
  void on(DonationConfirmedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
    journal.insert(
        entry(id, at, Kind.CONFIRMED, event.donationId(), event.projectId(), null, event.amount())
            .movedAt(event.effectiveAt())
            .by(event.confirmedBy(), null));
  }

  @EventHandler
  void on(DonationRefundedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
    JournalEntryView entry =
        entry(
                id,
                at,
                Kind.REFUNDED,
                event.donationId(),
                event.restrictedTo(),
                event.refundId(),
                event.amount())
            .by(event.refundedBy(), event.reason());
    journal.insert(entry);
    journal.insertTrail(entry, List.of(new Draw(event.donationId(), event.amount().minorUnits())));
  }

  @EventHandler
  void on(RestrictionReleasedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
    JournalEntryView entry =
        entry(id, at, Kind.RELEASED, event.donationId(), event.projectId(), null, event.released())
            .by(event.approvedBy(), event.reason());
    journal.insert(entry);
    if (event.released().minorUnits() > 0) {
      journal.insertTrail(
          entry, List.of(new Draw(event.donationId(), event.released().minorUnits())));
    }
  }

  @EventHandler
  void on(FundsAllocatedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
    JournalEntryView entry =
        entry(id, at, Kind.ALLOCATED, null, event.projectId(), event.allocationId(), event.amount())
            .by(event.allocatedBy(), null);
    journal.insert(entry);
    journal.insertTrail(entry, event.draws());
  }

  @EventHandler
  void on(AllocationReversedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
    JournalEntryView entry =
        entry(id, at, Kind.REVERSED, null, event.projectId(), event.allocationId(), event.amount())
            .by(event.reversedBy(), event.reason());
    journal.insert(entry);
    journal.insertTrail(entry, event.draws());
  }

  @EventHandler
  void on(FundsDisbursedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
    JournalEntryView entry =
        entry(
                id,
                at,
                Kind.DISBURSED,
                null,
                event.projectId(),
                event.disbursementId(),
                event.amount())
            .by(event.disbursedBy(), event.partner() + " / " + event.voucherReference());
    journal.insert(entry);
    journal.insertTrail(entry, event.draws(), event.partner(), event.voucherReference());
  }

  /** An entry recorded and effective at {@code at}, by nobody yet. */
  private static JournalEntryView entry(
      String eventId,
      Instant at,
      Kind kind,
      UUID donationId,
      UUID projectId,
      UUID referenceId,
      Money amount) {
    return new JournalEntryView(
        eventId,
        at,
        at,
        kind,
        donationId,
        projectId,
        referenceId,
        amount.minorUnits(),
        amount.currencyCode(),
        null,
        null);
  }

  @ResetHandler
  void reset() {
    journal.clear();
  }

  @QueryHandler
  JournalPage handle(FindJournalQuery query) {
    return journal.day(query);
  }

  @QueryHandler
  DonationTrailView handle(FindDonationTrailQuery query) {
    return new DonationTrailView(journal.trailOf(query.donationId()));
  }
}

package org.cishan.donation.query.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cishan.donation.domain.LedgerIds;
import org.springframework.stereotype.Component;

/**
 * Reads facts straight from the event store, which is consistent as soon as a command returned (the
 * projections are only eventually so).
 */
@Component
public class DonationLedger {

  private final EventStore eventStore;

  public DonationLedger(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** When the donation was recorded: its first event's timestamp, as {@link #receiptTime}. */
  public Optional<Instant> receivedAt(UUID donationId) {
    DomainEventStream events = eventStore.readEvents(LedgerIds.donation(donationId));
    return events.hasNext()
        ? Optional.of(receiptTime(events.next().getTimestamp()))
        : Optional.empty();
  }

  /**
   * An event timestamp as the read models show it. Axon's JDBC store keeps milliseconds (ISO text
   * in {@code time_stamp}), so events read back are already that precise; truncating to
   * PostgreSQL's microseconds also covers an event seen before it was stored, so the answer to the
   * POST and later reads of the projection always agree.
   */
  public static Instant receiptTime(Instant eventTimestamp) {
    return eventTimestamp.truncatedTo(ChronoUnit.MICROS);
  }
}

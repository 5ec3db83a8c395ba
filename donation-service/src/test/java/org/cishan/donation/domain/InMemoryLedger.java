package org.cishan.donation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.FundsDrawnEvent;
import org.cishan.donation.event.FundsReturnedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;
import org.cishan.donation.query.ledger.EventStoreKnownProjects;

/**
 * The ledger's write side as the service runs it — both aggregates and the {@link FundAllocator} —
 * on Axon's in-memory event store, for tests over several aggregates. Its allocation candidates are
 * every donation received, in the policy's order: restricted to the project first, then the rest,
 * each in the order received (the aggregates themselves say what can be drawn). Restricted gifts
 * are checked against the funds in the event store, as the service does.
 */
final class InMemoryLedger implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final List<UUID> received = new ArrayList<>();
  private final Pool pool = new Pool();
  private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
  private final Configuration axon;

  InMemoryLedger() {
    axon =
        DefaultConfigurer.defaultConfiguration()
            .configureSerializer(c -> JacksonSerializer.defaultSerializer())
            .configureEmbeddedEventStore(c -> storage)
            .configureAggregate(Donation.class)
            .configureAggregate(ProjectFund.class)
            .registerCommandHandler(
                c ->
                    new FundAllocator(
                        c.repository(ProjectFund.class), c.repository(Donation.class), pool))
            .registerComponent(
                KnownProjects.class, c -> new EventStoreKnownProjects(c.eventStore()))
            .registerComponent(Clock.class, c -> Clock.fixed(NOW, ZoneOffset.UTC))
            .registerComponent(
                PendingDeadlines.class,
                c -> new PendingDeadlines(Duration.ofHours(24), Duration.ofDays(14)))
            .buildConfiguration();
    axon.start();
  }

  CommandGateway commands() {
    return axon.commandGateway();
  }

  /** Sends a command, remembering a received donation as a candidate. */
  <R> R send(Object command) {
    R result = commands().sendAndWait(command);
    if (command instanceof org.cishan.donation.command.ReceiveDonationCommand receive
        && !received.contains(receive.donationId())) {
      received.add(receive.donationId());
    }
    return result;
  }

  /** The payloads of one donation's events, oldest first. */
  List<Object> eventsOf(UUID donationId) {
    return payloadsOf(LedgerIds.donation(donationId));
  }

  /** The payloads of one project fund's events, oldest first. */
  List<Object> fundEventsOf(UUID projectId) {
    return payloadsOf(LedgerIds.projectFund(projectId));
  }

  /** How many pages of allocation candidates allocations asked for so far. */
  int candidatePagesRead() {
    return pool.pagesRead;
  }

  private List<Object> payloadsOf(String streamId) {
    return axon.eventStore()
        .readEvents(streamId)
        .asStream()
        .map(EventMessage::getPayload)
        .map(Object.class::cast)
        .toList();
  }

  /** Every event stored, in order. */
  long eventCount() {
    return storage.readEvents(null, false).count();
  }

  /**
   * Every donation received, in the policy's order; what they hold together is folded from their
   * events, as the pool projection would.
   */
  private final class Pool implements AllocationCandidates {

    int pagesRead;

    @Override
    public List<UUID> candidates(UUID projectId, Currency currency, int offset, int limit) {
      pagesRead++;
      return received.stream()
          .sorted(
              Comparator.comparing(
                  id -> restrictedTo(id) == null || !restrictedTo(id).equals(projectId)))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long available(UUID projectId, Currency currency) {
      long sum = 0;
      for (UUID id : received) {
        UUID restriction = restrictedTo(id);
        if (restriction == null || restriction.equals(projectId)) {
          sum += availableOf(id, currency);
        }
      }
      return sum;
    }
  }

  private long availableOf(UUID donationId, Currency currency) {
    long available = 0;
    boolean confirmed = false;
    for (Object event : eventsOf(donationId)) {
      if (event instanceof DonationReceivedEvent r) {
        if (!r.amount().currency().equals(currency)) {
          return 0;
        }
        available = r.amount().minorUnits();
      } else if (event instanceof DonationConfirmedEvent) {
        confirmed = true;
      } else if (event instanceof FundsDrawnEvent d) {
        available -= d.amount().minorUnits();
      } else if (event instanceof FundsReturnedEvent r) {
        available += r.amount().minorUnits();
      } else if (event instanceof DonationRefundedEvent r) {
        available -= r.amount().minorUnits();
      }
    }
    return confirmed ? available : 0;
  }

  private UUID restrictedTo(UUID donationId) {
    UUID restriction = null;
    for (Object event : eventsOf(donationId)) {
      if (event instanceof DonationReceivedEvent r) {
        restriction = r.projectId();
      } else if (event instanceof RestrictionReleasedEvent) {
        restriction = null;
      }
    }
    return restriction;
  }

  @Override
  public void close() {
    axon.shutdown();
  }

  static <T> Stream<T> ofType(List<Object> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast);
  }
}

package org.cishan.donation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cishan.donation.event.DonationReceivedEvent;
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
                        c.repository(ProjectFund.class),
                        c.repository(Donation.class),
                        this::candidates))
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

  private List<UUID> candidates(
      UUID projectId, java.util.Currency currency, int offset, int limit) {
    return received.stream()
        .sorted(
            Comparator.comparing(
                id -> restrictedTo(id) == null || !restrictedTo(id).equals(projectId)))
        .skip(offset)
        .limit(limit)
        .toList();
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

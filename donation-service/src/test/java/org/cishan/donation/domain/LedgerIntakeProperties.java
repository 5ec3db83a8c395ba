package org.cishan.donation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.VoidDonationCommand;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationVoidedEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The ledger's intake against a model, over random command sequences on a handful of donations:
 * receive (valid or not, online or money in hand), retry the same or other content, confirm, void,
 * sweep. Whatever the order, every command is accepted or refused exactly as the model says, each
 * donation has one receipt and at most one final state, and the confirmed money in the event store
 * — what every total is folded from — equals the model's, never negative, never above the limit.
 *
 * <p>Run with QuickTheories from a fresh seed each time; a failure prints the smallest falsifying
 * sequence and the seed, and {@code -DQT_SEED=<seed>} replays that run.
 */
class LedgerIntakeProperties {

  /**
   * Shrinking reruns the whole sequence once per cycle; QuickTheories' default (100 × its default
   * 1,000 examples) would take many minutes here.
   */
  static final int SHRINK_CYCLES = 2_000;

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final PendingDeadlines DEADLINES =
      new PendingDeadlines(Duration.ofHours(24), Duration.ofDays(14));
  static final List<UUID> DONATIONS =
      List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

  sealed interface Step {
    /** Which of {@link #DONATIONS} the step is about; -1 for none. */
    default int donation() {
      return -1;
    }
  }

  record Receive(int donation, long minorUnits, String currency, Channel channel) implements Step {}

  record Retry(int donation, boolean sameContent) implements Step {}

  record Confirm(int donation) implements Step {}

  record Void(int donation, boolean automatic) implements Step {}

  /** A day and an hour pass: online deadlines run out, bank transfers still have time. */
  record Later() implements Step {}

  /** What the model knows of one donation. */
  static final class Modelled {
    ReceiveDonationCommand received;
    DonationStatus status;
    Instant deadline;
  }

  /** The ledger's clock, moved only by {@link Later}. */
  static final class SteppedClock extends Clock {
    Instant now = NOW;

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theLedgerBehavesLikeItsModel() {
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(steps())
        .checkAssert(this::behavesLikeItsModel);
  }

  private void behavesLikeItsModel(List<Step> steps) {
    SteppedClock clock = new SteppedClock();
    Configuration axon = ledger(clock);
    CommandGateway commands = axon.commandGateway();
    Map<Integer, Modelled> model = new HashMap<>();
    try {
      for (Step step : steps) {
        boolean expected = expectedToSucceed(step, model, clock.now);
        boolean accepted = run(commands, step, model, clock);
        assertThat(accepted).as("%s with model %s", step, describe(model)).isEqualTo(expected);
      }
      List<EventMessage<?>> events = new ArrayList<>();
      for (UUID id : DONATIONS) {
        axon.eventStore().readEvents(id.toString()).asStream().forEach(events::add);
      }
      assertEventsMatch(events, model);
    } finally {
      axon.shutdown();
    }
  }

  static Gen<List<Step>> steps() {
    Gen<Integer> donation = integers().between(0, DONATIONS.size() - 1);
    Gen<Long> minorUnits =
        Generate.oneOf(
            longs().between(1, 1_000_000),
            Generate.pick(
                List.of(0L, -5L, LedgerRules.MAX_MINOR_UNITS, LedgerRules.MAX_MINOR_UNITS + 1)));
    Gen<Step> receive =
        donation.zip(
            minorUnits,
            Generate.pick(List.of("CNY", "USD")),
            Generate.enumValues(Channel.class),
            Receive::new);
    Gen<Step> retry = donation.zip(Generate.booleans(), Retry::new);
    Gen<Step> confirm = donation.map(d -> new Confirm(d));
    Gen<Step> voiding = donation.zip(Generate.booleans(), Void::new);
    Gen<Step> later = Generate.constant(new Later());
    return lists()
        .of(
            Generate.frequency(
                Pair.of(4, receive),
                Pair.of(2, retry),
                Pair.of(3, confirm),
                Pair.of(2, voiding),
                Pair.of(1, later)))
        .ofSizeBetween(1, 30);
  }

  /** The rules, written once more in the plainest way. */
  private static boolean expectedToSucceed(Step step, Map<Integer, Modelled> model, Instant now) {
    if (step instanceof Later) {
      return true;
    }
    Modelled known = model.get(step.donation());
    if (step instanceof Receive r) {
      return known == null
          ? r.minorUnits() > 0 && r.minorUnits() <= LedgerRules.MAX_MINOR_UNITS
          : known.received.equals(command(r));
    }
    if (step instanceof Retry r) {
      return known == null || r.sameContent();
    }
    if (step instanceof Confirm) {
      return known != null && known.status != DonationStatus.VOIDED;
    }
    Void v = (Void) step;
    // the sweep voids a pending donation only once its deadline has passed
    return known != null
        && known.status != DonationStatus.CONFIRMED
        && (!v.automatic() || known.status == DonationStatus.VOIDED || now.isAfter(known.deadline));
  }

  private boolean run(
      CommandGateway commands, Step step, Map<Integer, Modelled> model, SteppedClock clock) {
    if (step instanceof Later) {
      clock.now = clock.now.plus(Duration.ofHours(25));
      return true;
    }
    UUID id = DONATIONS.get(step.donation());
    Modelled known = model.get(step.donation());
    try {
      if (step instanceof Receive r) {
        ReceiveDonationCommand command = command(r);
        commands.sendAndWait(command);
        if (known == null) {
          Modelled fresh = new Modelled();
          fresh.received = command;
          fresh.status =
              r.channel() == Channel.CASH || r.channel() == Channel.OTHER
                  ? DonationStatus.CONFIRMED
                  : DonationStatus.PENDING;
          fresh.deadline = DEADLINES.deadlineFor(r.channel(), clock.now);
          model.put(r.donation(), fresh);
        }
      } else if (step instanceof Retry r) {
        if (known == null) {
          return true; // nothing to retry: nothing is sent
        }
        commands.sendAndWait(
            r.sameContent()
                ? known.received
                : new ReceiveDonationCommand(
                    id,
                    known.received.donorName() + "·",
                    known.received.amount(),
                    null,
                    null,
                    null));
      } else if (step instanceof Confirm) {
        commands.sendAndWait(new ConfirmDonationCommand(id, "finance-1"));
        known.status = DonationStatus.CONFIRMED;
      } else {
        Void v = (Void) step;
        commands.sendAndWait(
            new VoidDonationCommand(
                id,
                "cancelled",
                v.automatic() ? VoidDonationCommand.DEADLINE : "finance-1",
                v.automatic()));
        known.status = DonationStatus.VOIDED;
      }
      return true;
    } catch (RuleViolationException
        | DonationConflictException
        | DonationStateException
        | AggregateNotFoundException refused) {
      return false;
    }
  }

  private static void assertEventsMatch(
      List<EventMessage<?>> events, Map<Integer, Modelled> model) {
    Map<UUID, List<Object>> byDonation = new HashMap<>();
    for (EventMessage<?> event : events) {
      Object payload = event.getPayload();
      UUID id;
      if (payload instanceof DonationReceivedEvent e) {
        id = e.donationId();
      } else if (payload instanceof DonationConfirmedEvent e) {
        id = e.donationId();
      } else if (payload instanceof DonationVoidedEvent e) {
        id = e.donationId();
      } else {
        throw new AssertionError("unexpected event " + payload);
      }
      byDonation.computeIfAbsent(id, k -> new ArrayList<>()).add(payload);
    }
    Map<String, Long> confirmedInStore = new HashMap<>();
    Map<String, Long> confirmedInModel = new HashMap<>();
    for (int i = 0; i < DONATIONS.size(); i++) {
      List<Object> history = byDonation.getOrDefault(DONATIONS.get(i), List.of());
      Modelled known = model.get(i);
      if (known == null) {
        assertThat(history).isEmpty();
        continue;
      }
      assertThat(history.get(0)).isInstanceOf(DonationReceivedEvent.class);
      assertThat(history.stream().filter(DonationReceivedEvent.class::isInstance)).hasSize(1);
      long confirmations =
          history.stream().filter(DonationConfirmedEvent.class::isInstance).count();
      long voids = history.stream().filter(DonationVoidedEvent.class::isInstance).count();
      assertThat(confirmations + voids).as("one final state at most").isLessThanOrEqualTo(1);
      assertThat(confirmations == 1).isEqualTo(known.status == DonationStatus.CONFIRMED);
      assertThat(voids == 1).isEqualTo(known.status == DonationStatus.VOIDED);
      history.stream()
          .filter(DonationConfirmedEvent.class::isInstance)
          .map(DonationConfirmedEvent.class::cast)
          .forEach(
              c -> {
                assertThat(c.amount()).isEqualTo(known.received.amount());
                confirmedInStore.merge(
                    c.amount().currencyCode(), c.amount().minorUnits(), Long::sum);
              });
      if (known.status == DonationStatus.CONFIRMED) {
        confirmedInModel.merge(
            known.received.amount().currencyCode(),
            known.received.amount().minorUnits(),
            Long::sum);
      }
    }
    assertThat(confirmedInStore).isEqualTo(confirmedInModel);
    assertThat(confirmedInStore.values()).allSatisfy(total -> assertThat(total).isPositive());
  }

  private static ReceiveDonationCommand command(Receive r) {
    Channel channel = r.channel();
    return new ReceiveDonationCommand(
        DONATIONS.get(r.donation()),
        "捐赠人" + r.donation(),
        Money.of(r.minorUnits(), r.currency()),
        null,
        null,
        channel == Channel.ONLINE_PAYMENT ? null : "finance-1",
        channel,
        null,
        false,
        null,
        null,
        null);
  }

  private static String describe(Map<Integer, Modelled> model) {
    return model.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().status)
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static Configuration ledger(Clock clock) {
    Configuration configuration =
        DefaultConfigurer.defaultConfiguration()
            .configureSerializer(c -> JacksonSerializer.defaultSerializer())
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .configureAggregate(Donation.class)
            .registerComponent(Clock.class, c -> clock)
            .registerComponent(PendingDeadlines.class, c -> DEADLINES)
            .registerComponent(KnownProjects.class, c -> projectId -> Optional.empty())
            .buildConfiguration();
    configuration.start();
    return configuration;
  }
}

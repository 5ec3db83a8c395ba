package org.cishan.donation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.cishan.donation.command.AllocateFundsCommand;
import org.cishan.donation.command.DisburseFundsCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.RecordProjectStatusCommand;
import org.cishan.donation.command.RefundDonationCommand;
import org.cishan.donation.command.ReleaseRestrictionCommand;
import org.cishan.donation.command.ReverseAllocationCommand;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDisbursedEvent;
import org.cishan.donation.event.FundsDrawnEvent;
import org.cishan.donation.event.FundsReturnedEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The money invariants over random sequences of gifts (restricted or not), project status changes,
 * allocations, reversals, disbursements, refunds and releases, run on the real aggregates and
 * allocator against a model. Every command is accepted or refused exactly as the model says
 * (allocations draw exactly the model's donations, oldest first, the project's restricted gifts
 * before the rest); and at the end the event store itself shows: no donation gave or refunded more
 * than it had, restricted money reached only its project, no project paid out more than it was
 * allocated, nothing is negative, and the totals equal the sum of the events.
 *
 * <p>Run with QuickTheories from a fresh seed each time; a failure prints the smallest falsifying
 * sequence and the seed, and {@code -DQT_SEED=<seed>} replays that run.
 */
class LedgerMoneyProperties {

  /** Shrinking reruns the whole sequence once per cycle (see {@link LedgerIntakeProperties}). */
  static final int SHRINK_CYCLES = 2_000;

  static final int DONATIONS = 5;
  static final List<UUID> PROJECTS = List.of(UUID.randomUUID(), UUID.randomUUID());

  sealed interface Step {}

  /** A gift in hand (confirmed at once); {@code project} -1 = unrestricted. */
  record Give(int slot, long fen, int project) implements Step {}

  record SetStatus(int project, ProjectStatus status) implements Step {}

  record Allocate(int project, long fen) implements Step {}

  record Reverse(int project, int allocation) implements Step {}

  record Disburse(int project, long fen) implements Step {}

  record Refund(int slot, long fen) implements Step {}

  record Release(int slot) implements Step {}

  static final class ModelDonation {
    final UUID id = UUID.randomUUID();
    long amount;
    UUID restrictedTo;
    boolean everRestricted;
    boolean released;
    long drawn;
    long refunded;

    long available() {
      return amount - drawn - refunded;
    }
  }

  record ModelAllocation(UUID id, long amount, List<Draw> draws) {}

  static final class ModelProject {
    ProjectStatus status;
    final List<ModelAllocation> allocations = new ArrayList<>();
    final Map<UUID, Boolean> reversed = new HashMap<>();
    final List<long[]> queueAmounts = new ArrayList<>();
    final List<UUID> queueAllocations = new ArrayList<>();
    final List<UUID> queueDonations = new ArrayList<>();
    long disbursed;

    long undisbursed() {
      return queueAmounts.stream().mapToLong(a -> a[0]).sum();
    }

    long openOf(UUID allocationId) {
      long open = 0;
      for (int i = 0; i < queueAllocations.size(); i++) {
        if (queueAllocations.get(i).equals(allocationId)) {
          open += queueAmounts.get(i)[0];
        }
      }
      return open;
    }
  }

  @Test
  void moneyIsNeverTakenTwiceNeverNegativeAndRestrictedMoneyStaysWithItsProject() {
    qt().withExamples(150)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(steps())
        .checkAssert(this::keepsTheMoneyInvariants);
  }

  private void keepsTheMoneyInvariants(List<Step> steps) {
    Map<Integer, ModelDonation> donations = new LinkedHashMap<>();
    List<ModelProject> projects = List.of(new ModelProject(), new ModelProject());
    List<ModelDonation> inOrder = new ArrayList<>();
    Instant[] clock = {Instant.parse("2026-03-02T09:00:00Z")};
    try (InMemoryLedger ledger = new InMemoryLedger()) {
      for (Step step : steps) {
        if (step instanceof Give g) {
          give(ledger, g, donations, inOrder, projects);
        } else if (step instanceof SetStatus st) {
          clock[0] = clock[0].plusSeconds(1);
          projects.get(st.project()).status = st.status();
          ledger.send(
              new RecordProjectStatusCommand(
                  PROJECTS.get(st.project()), st.status(), "XQ", "项目", clock[0]));
        } else if (step instanceof Allocate a) {
          allocate(ledger, a, projects.get(a.project()), inOrder);
        } else if (step instanceof Reverse r) {
          reverse(ledger, r, projects.get(r.project()), inOrder);
        } else if (step instanceof Disburse d) {
          disburse(ledger, d, projects.get(d.project()));
        } else if (step instanceof Refund r) {
          refund(ledger, r, donations.get(r.slot()));
        } else if (step instanceof Release r) {
          release(ledger, r, donations.get(r.slot()));
        }
      }
      assertTheEventStoreAgrees(ledger, inOrder, projects);
    }
  }

  private void give(
      InMemoryLedger ledger,
      Give g,
      Map<Integer, ModelDonation> donations,
      List<ModelDonation> inOrder,
      List<ModelProject> projects) {
    if (donations.containsKey(g.slot())) {
      return;
    }
    ModelDonation d = new ModelDonation();
    d.amount = g.fen();
    d.restrictedTo = g.project() < 0 ? null : PROJECTS.get(g.project());
    d.everRestricted = d.restrictedTo != null;
    ProjectStatus status = g.project() < 0 ? null : projects.get(g.project()).status;
    boolean expected = g.project() < 0 || (status != null && status.takesRestrictedGifts());
    boolean accepted = accepted(() -> ledger.send(receive(d)));
    assertThat(accepted).as("%s to a project in status %s", g, status).isEqualTo(expected);
    if (accepted) {
      donations.put(g.slot(), d);
      inOrder.add(d);
    }
  }

  private static ReceiveDonationCommand receive(ModelDonation d) {
    return new ReceiveDonationCommand(
        d.id,
        "捐赠人",
        cny(d.amount),
        d.restrictedTo,
        null,
        "finance-1",
        Channel.CASH,
        null,
        false,
        null,
        null,
        null);
  }

  private void refund(InMemoryLedger ledger, Refund r, ModelDonation d) {
    if (d == null) {
      return;
    }
    boolean expected = r.fen() <= d.available();
    boolean accepted =
        accepted(
            () ->
                ledger.send(
                    new RefundDonationCommand(
                        d.id, UUID.randomUUID(), cny(r.fen()), "退回", "finance-1")));
    assertThat(accepted).as("%s, available %d", r, d.available()).isEqualTo(expected);
    if (accepted) {
      d.refunded += r.fen();
    }
  }

  private void release(InMemoryLedger ledger, Release r, ModelDonation d) {
    if (d == null) {
      return;
    }
    boolean accepted =
        accepted(() -> ledger.send(new ReleaseRestrictionCommand(d.id, "项目终止", "finance-2")));
    assertThat(accepted).as("%s", r).isEqualTo(d.everRestricted);
    if (accepted) {
      d.restrictedTo = null;
      d.released = true;
    }
  }

  private void allocate(
      InMemoryLedger ledger, Allocate a, ModelProject project, List<ModelDonation> inOrder) {
    UUID projectId = PROJECTS.get(a.project());
    List<Draw> expectedDraws = new ArrayList<>();
    long needed = a.fen();
    List<ModelDonation> candidates = new ArrayList<>();
    inOrder.stream().filter(d -> projectId.equals(d.restrictedTo)).forEach(candidates::add);
    inOrder.stream().filter(d -> d.restrictedTo == null).forEach(candidates::add);
    for (ModelDonation d : candidates) {
      long take = Math.min(needed, d.available());
      if (take > 0) {
        expectedDraws.add(new Draw(d.id, take));
        needed -= take;
      }
    }
    boolean expected = project.status != null && project.status.takesAllocations() && needed == 0;
    UUID allocationId = UUID.randomUUID();
    boolean accepted =
        accepted(
            () ->
                ledger.send(
                    new AllocateFundsCommand(
                        allocationId, projectId, cny(a.fen()), null, "finance-1")));
    assertThat(accepted).as("%s in status %s", a, project.status).isEqualTo(expected);
    if (!accepted) {
      return;
    }
    FundsAllocatedEvent event =
        InMemoryLedger.ofType(ledger.fundEventsOf(projectId), FundsAllocatedEvent.class)
            .filter(e -> e.allocationId().equals(allocationId))
            .findFirst()
            .orElseThrow();
    assertThat(event.draws()).as("draws of %s", a).isEqualTo(expectedDraws);
    project.allocations.add(new ModelAllocation(allocationId, a.fen(), expectedDraws));
    for (Draw draw : expectedDraws) {
      donation(inOrder, draw.donationId()).drawn += draw.minorUnits();
      project.queueAllocations.add(allocationId);
      project.queueDonations.add(draw.donationId());
      project.queueAmounts.add(new long[] {draw.minorUnits()});
    }
  }

  private void reverse(
      InMemoryLedger ledger, Reverse r, ModelProject project, List<ModelDonation> inOrder) {
    if (project.allocations.isEmpty()) {
      return;
    }
    ModelAllocation allocation =
        project.allocations.get(r.allocation() % project.allocations.size());
    boolean alreadyReversed = project.reversed.getOrDefault(allocation.id(), false);
    boolean expected = alreadyReversed || project.openOf(allocation.id()) == allocation.amount();
    boolean accepted =
        accepted(
            () ->
                ledger.send(
                    new ReverseAllocationCommand(
                        PROJECTS.get(r.project()), allocation.id(), "错配", "finance-1")));
    assertThat(accepted).as("%s", r).isEqualTo(expected);
    if (accepted && !alreadyReversed) {
      project.reversed.put(allocation.id(), true);
      for (Draw draw : allocation.draws()) {
        donation(inOrder, draw.donationId()).drawn -= draw.minorUnits();
      }
      for (int i = project.queueAllocations.size() - 1; i >= 0; i--) {
        if (project.queueAllocations.get(i).equals(allocation.id())) {
          project.queueAllocations.remove(i);
          project.queueDonations.remove(i);
          project.queueAmounts.remove(i);
        }
      }
    }
  }

  private void disburse(InMemoryLedger ledger, Disburse d, ModelProject project) {
    boolean expected =
        project.status != null
            && project.status.takesDisbursements()
            && d.fen() <= project.undisbursed();
    boolean accepted =
        accepted(
            () ->
                ledger.send(
                    new DisburseFundsCommand(
                        PROJECTS.get(d.project()),
                        UUID.randomUUID(),
                        cny(d.fen()),
                        "石门县民政局",
                        "记-1",
                        "finance-1")));
    assertThat(accepted).as("%s, undisbursed %d", d, project.undisbursed()).isEqualTo(expected);
    if (!accepted) {
      return;
    }
    project.disbursed += d.fen();
    long left = d.fen();
    while (left > 0) {
      long[] head = project.queueAmounts.get(0);
      long take = Math.min(left, head[0]);
      head[0] -= take;
      left -= take;
      if (head[0] == 0) {
        project.queueAmounts.remove(0);
        project.queueAllocations.remove(0);
        project.queueDonations.remove(0);
      }
    }
  }

  private void assertTheEventStoreAgrees(
      InMemoryLedger ledger, List<ModelDonation> donations, List<ModelProject> projects) {
    long confirmed = 0;
    long refunded = 0;
    for (ModelDonation d : donations) {
      List<Object> events = ledger.eventsOf(d.id);
      long given =
          InMemoryLedger.ofType(events, DonationConfirmedEvent.class)
              .mapToLong(e -> e.amount().minorUnits())
              .sum();
      long drawn =
          InMemoryLedger.ofType(events, FundsDrawnEvent.class)
                  .mapToLong(e -> e.amount().minorUnits())
                  .sum()
              - InMemoryLedger.ofType(events, FundsReturnedEvent.class)
                  .mapToLong(e -> e.amount().minorUnits())
                  .sum();
      long back =
          InMemoryLedger.ofType(events, DonationRefundedEvent.class)
              .mapToLong(e -> e.amount().minorUnits())
              .sum();
      assertThat(given).isEqualTo(d.amount);
      assertThat(drawn).as("drawn from %s", d.id).isEqualTo(d.drawn).isNotNegative();
      assertThat(back).as("refunded from %s", d.id).isEqualTo(d.refunded).isNotNegative();
      assertThat(drawn + back).as("never more than given").isLessThanOrEqualTo(given);
      if (d.everRestricted && !d.released) {
        assertThat(InMemoryLedger.ofType(events, FundsDrawnEvent.class))
            .as("restricted money only for its project")
            .allMatch(e -> e.projectId().equals(d.restrictedTo));
      }
      confirmed += given;
      refunded += back;
    }
    long modelNet =
        donations.stream().mapToLong(d -> d.amount).sum()
            - donations.stream().mapToLong(d -> d.refunded).sum();
    assertThat(confirmed - refunded).as("net total = sum of events").isEqualTo(modelNet);
    for (int p = 0; p < PROJECTS.size(); p++) {
      List<Object> events = ledger.fundEventsOf(PROJECTS.get(p));
      long allocated =
          InMemoryLedger.ofType(events, FundsAllocatedEvent.class)
                  .mapToLong(e -> e.amount().minorUnits())
                  .sum()
              - InMemoryLedger.ofType(events, AllocationReversedEvent.class)
                  .mapToLong(e -> e.amount().minorUnits())
                  .sum();
      long disbursed =
          InMemoryLedger.ofType(events, FundsDisbursedEvent.class)
              .mapToLong(e -> e.amount().minorUnits())
              .sum();
      assertThat(allocated).isNotNegative();
      assertThat(disbursed).isEqualTo(projects.get(p).disbursed).isLessThanOrEqualTo(allocated);
      assertThat(
              InMemoryLedger.ofType(events, FundsDisbursedEvent.class)
                  .allMatch(
                      e ->
                          e.draws().stream().mapToLong(Draw::minorUnits).sum()
                              == e.amount().minorUnits()))
          .as("every paid yuan names its donation")
          .isTrue();
    }
  }

  static Gen<List<Step>> steps() {
    Gen<Integer> slot = integers().between(0, DONATIONS - 1);
    Gen<Integer> project = integers().between(0, PROJECTS.size() - 1);
    Gen<Long> fen = longs().between(1, 10_000);
    Gen<Step> give = slot.zip(fen, integers().between(-1, PROJECTS.size() - 1), Give::new);
    Gen<Step> status = project.zip(Generate.enumValues(ProjectStatus.class), SetStatus::new);
    Gen<Step> allocate = project.zip(longs().between(1, 15_000), Allocate::new);
    Gen<Step> reverse = project.zip(integers().between(0, 5), Reverse::new);
    Gen<Step> disburse = project.zip(fen, Disburse::new);
    Gen<Step> refund = slot.zip(longs().between(1, 5_000), Refund::new);
    Gen<Step> release = slot.map(s -> new Release(s));
    return lists()
        .of(
            Generate.frequency(
                Pair.of(5, give),
                Pair.of(3, status),
                Pair.of(5, allocate),
                Pair.of(2, reverse),
                Pair.of(3, disburse),
                Pair.of(2, refund),
                Pair.of(1, release)))
        .ofSizeBetween(5, 40);
  }

  private static ModelDonation donation(List<ModelDonation> donations, UUID id) {
    return donations.stream().filter(d -> d.id.equals(id)).findFirst().orElseThrow();
  }

  private static boolean accepted(Runnable command) {
    try {
      command.run();
      return true;
    } catch (LedgerConflictException
        | DonationStateException
        | RuleViolationException
        | AggregateNotFoundException refused) {
      return false;
    }
  }

  private static Money cny(long fen) {
    return Money.of(fen, "CNY");
  }
}

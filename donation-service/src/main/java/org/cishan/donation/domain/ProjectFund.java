package org.cishan.donation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.cishan.donation.command.DisburseFundsCommand;
import org.cishan.donation.command.RecordProjectStatusCommand;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDisbursedEvent;
import org.cishan.donation.event.ProjectStatusRecordedEvent;

/**
 * The ledger's side of one project (ADR 6): its status as learned from project-service, the money
 * allocated to it and what of that was paid to its implementing partner. Per currency, the
 * project's undisbursed draws form a queue: a disbursement pays the oldest allocation's draws
 * first, so every disbursed yuan still names its donation. {@code disbursed ≤ allocated} always; an
 * allocation can be reversed only while none of its money was disbursed.
 */
public class ProjectFund {

  static final int PARTNER_MAX_LENGTH = 200;
  static final int VOUCHER_MAX_LENGTH = 100;

  /** The fund's stream, {@link LedgerIds#projectFund}: never the bare project id (ADR 9). */
  @AggregateIdentifier private String fundId;

  private UUID projectId;
  private ProjectStatus status;
  private Instant statusChangedAt;
  private final Map<UUID, FundsAllocatedEvent> allocations = new HashMap<>();
  private final Map<UUID, Boolean> reversed = new HashMap<>();
  private final Map<UUID, FundsDisbursedEvent> disbursements = new HashMap<>();
  private final Map<Currency, LinkedList<OpenDraw>> undisbursed = new HashMap<>();

  /** For Axon, which rebuilds the fund from its events. */
  protected ProjectFund() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordProjectStatusCommand command) {
    Objects.requireNonNull(command.status(), "status");
    Objects.requireNonNull(command.changedAt(), "changedAt");
    if (statusChangedAt != null && command.changedAt().isBefore(statusChangedAt)) {
      return;
    }
    apply(
        new ProjectStatusRecordedEvent(
            command.projectId(),
            command.status(),
            command.code(),
            command.title(),
            command.changedAt()));
  }

  /**
   * Whether allocation {@code allocationId} of {@code amount} may proceed: {@code true} when the
   * very same allocation is already recorded (a retry: nothing to do), {@code false} when it is new
   * and allowed; refused when the id was used otherwise or the project takes no allocations.
   */
  public boolean alreadyAllocated(UUID allocationId, Money amount) {
    FundsAllocatedEvent earlier = allocations.get(allocationId);
    if (earlier != null) {
      if (!earlier.amount().equals(amount)) {
        throw new LedgerConflictException(
            "allocation-id-reused",
            "Allocation " + allocationId + " was already recorded with another amount");
      }
      return true;
    }
    if (!status.takesAllocations()) {
      throw new LedgerConflictException(
          "project-not-accepting-allocations",
          "Project "
              + projectId
              + " is "
              + status
              + "; only approved or implementing projects"
              + " receive allocations");
    }
    return false;
  }

  /** Record the allocation whose draws the donations just gave (see {@link FundAllocator}). */
  public void allocate(UUID allocationId, Money amount, List<Draw> draws, String allocatedBy) {
    long drawn = draws.stream().mapToLong(Draw::minorUnits).sum();
    if (drawn != amount.minorUnits()) {
      throw new IllegalStateException("Draws of " + drawn + " do not make up " + amount);
    }
    apply(
        new FundsAllocatedEvent(projectId, allocationId, amount, List.copyOf(draws), allocatedBy));
  }

  /**
   * The draws reversing {@code allocationId} gives back, or empty when it is already reversed.
   * Refused for an allocation the project never had, or one whose money was partly disbursed.
   */
  public Optional<FundsAllocatedEvent> reversible(UUID allocationId) {
    FundsAllocatedEvent allocation = allocations.get(allocationId);
    if (allocation == null) {
      throw new LedgerConflictException(
          "unknown-allocation", "Project " + projectId + " has no allocation " + allocationId);
    }
    if (reversed.getOrDefault(allocationId, false)) {
      return Optional.empty();
    }
    long open =
        queue(allocation.amount().currency()).stream()
            .filter(d -> d.allocationId().equals(allocationId))
            .mapToLong(OpenDraw::remaining)
            .sum();
    if (open != allocation.amount().minorUnits()) {
      throw new LedgerConflictException(
          "allocation-partly-disbursed",
          "Allocation "
              + allocationId
              + " was partly disbursed; only undisbursed allocations"
              + " can be reversed");
    }
    return Optional.of(allocation);
  }

  public void reverse(UUID allocationId, String reason, String reversedBy) {
    LedgerRules.requireReason(reason);
    FundsAllocatedEvent allocation =
        reversible(allocationId).orElseThrow(() -> new IllegalStateException("Already reversed"));
    apply(
        new AllocationReversedEvent(
            projectId, allocationId, allocation.amount(), allocation.draws(), reason, reversedBy));
  }

  @CommandHandler
  void handle(DisburseFundsCommand command) {
    if (command.disbursementId() == null) {
      throw new RuleViolationException("disbursementId", "must not be null");
    }
    FundsDisbursedEvent earlier = disbursements.get(command.disbursementId());
    if (earlier != null) {
      if (!earlier.amount().equals(command.amount())
          || !earlier.partner().equals(command.partner())
          || !earlier.voucherReference().equals(command.voucherReference())) {
        throw new LedgerConflictException(
            "disbursement-id-reused",
            "Disbursement " + command.disbursementId() + " was already recorded otherwise");
      }
      return;
    }
    LedgerRules.requirePositive("amount", command.amount());
    requireText("partner", command.partner(), PARTNER_MAX_LENGTH);
    requireText("voucherReference", command.voucherReference(), VOUCHER_MAX_LENGTH);
    if (!status.takesDisbursements()) {
      throw new LedgerConflictException(
          "project-not-accepting-disbursements",
          "Project " + projectId + " is " + status + "; nothing more is paid to it");
    }
    LinkedList<OpenDraw> queue = queue(command.amount().currency());
    long open = queue.stream().mapToLong(OpenDraw::remaining).sum();
    if (command.amount().minorUnits() > open) {
      throw new LedgerConflictException(
          "disbursement-exceeds-allocated",
          "Project "
              + projectId
              + " has "
              + open
              + " allocated, undisbursed minor units in "
              + command.amount().currencyCode()
              + ", less than "
              + command.amount().minorUnits());
    }
    List<Draw> paid = new ArrayList<>();
    long left = command.amount().minorUnits();
    for (OpenDraw draw : queue) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, draw.remaining());
      paid.add(new Draw(draw.donationId(), take));
      left -= take;
    }
    apply(
        new FundsDisbursedEvent(
            projectId,
            command.disbursementId(),
            command.amount(),
            paid,
            command.partner(),
            command.voucherReference(),
            command.disbursedBy()));
  }

  @EventSourcingHandler
  void on(ProjectStatusRecordedEvent event) {
    this.fundId = LedgerIds.projectFund(event.projectId());
    this.projectId = event.projectId();
    this.status = event.status();
    this.statusChangedAt = event.changedAt();
  }

  @EventSourcingHandler
  void on(FundsAllocatedEvent event) {
    allocations.put(event.allocationId(), event);
    LinkedList<OpenDraw> queue = queue(event.amount().currency());
    for (Draw draw : event.draws()) {
      queue.addLast(new OpenDraw(event.allocationId(), draw.donationId(), draw.minorUnits()));
    }
  }

  @EventSourcingHandler
  void on(AllocationReversedEvent event) {
    reversed.put(event.allocationId(), true);
    queue(event.amount().currency()).removeIf(d -> d.allocationId().equals(event.allocationId()));
  }

  @EventSourcingHandler
  void on(FundsDisbursedEvent event) {
    disbursements.put(event.disbursementId(), event);
    LinkedList<OpenDraw> queue = queue(event.amount().currency());
    long left = event.amount().minorUnits();
    while (left > 0) {
      OpenDraw head = queue.removeFirst();
      long take = Math.min(left, head.remaining());
      left -= take;
      if (take < head.remaining()) {
        queue.addFirst(
            new OpenDraw(head.allocationId(), head.donationId(), head.remaining() - take));
      }
    }
  }

  private LinkedList<OpenDraw> queue(Currency currency) {
    return undisbursed.computeIfAbsent(currency, c -> new LinkedList<>());
  }

  private static void requireText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new RuleViolationException(field, "must not be blank");
    }
    LedgerRules.requireAtMost(field, value, maxLength);
  }

  /** What of one allocation's draw on one donation is still to be paid out. */
  private record OpenDraw(UUID allocationId, UUID donationId, long remaining) {}
}

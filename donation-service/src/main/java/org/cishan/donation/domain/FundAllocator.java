package org.cishan.donation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.cishan.donation.command.AllocateFundsCommand;
import org.cishan.donation.command.ReverseAllocationCommand;
import org.cishan.donation.event.FundsAllocatedEvent;

/**
 * Allocation and its reversal, each one unit of work over the project's fund and every donation it
 * draws from or gives back to (ADR 6). The events of all of them are stored in one transaction or
 * not at all: a refusal anywhere (too little money, a project that takes no allocations) leaves no
 * event behind, and two allocations racing for the same donation cannot both store their draw — the
 * event store's unique (aggregate, sequence) key refuses the second, which is then retried.
 * Aggregates are locked in one order (the fund, then donations in policy order), so concurrent
 * allocations cannot deadlock. An allocation asking for more than all candidates hold (as the pool
 * read model has seen them) is refused before a single donation is loaded: otherwise the refusal
 * would read every donation in the pool, one event-store read each. Funds and donations are loaded
 * by their stream ids ({@link LedgerIds}).
 */
public class FundAllocator {

  static final int CANDIDATE_PAGE = 200;

  private final Repository<ProjectFund> funds;
  private final Repository<Donation> donations;
  private final AllocationCandidates candidates;

  public FundAllocator(
      Repository<ProjectFund> funds,
      Repository<Donation> donations,
      AllocationCandidates candidates) {
    this.funds = funds;
    this.donations = donations;
    this.candidates = candidates;
  }

  @CommandHandler
  public void handle(AllocateFundsCommand command) {
    if (command.allocationId() == null) {
      throw new RuleViolationException("allocationId", "must not be null");
    }
    if (command.projectId() == null) {
      throw new RuleViolationException("projectId", "must not be null");
    }
    LedgerRules.requirePositive("amount", command.amount());
    Aggregate<ProjectFund> fund = fundOf(command.projectId());
    if (fund.invoke(f -> f.alreadyAllocated(command.allocationId(), command.amount()))) {
      return;
    }
    List<Draw> draws = drawFrom(command);
    fund.execute(
        f -> f.allocate(command.allocationId(), command.amount(), draws, command.allocatedBy()));
  }

  @CommandHandler
  public void handle(ReverseAllocationCommand command) {
    Aggregate<ProjectFund> fund = fundOf(command.projectId());
    LedgerRules.requireReason(command.reason());
    Optional<FundsAllocatedEvent> allocation =
        fund.invoke(f -> f.reversible(command.allocationId()));
    if (allocation.isEmpty()) {
      return;
    }
    for (Draw draw : allocation.get().draws()) {
      donations
          .load(LedgerIds.donation(draw.donationId()))
          .execute(d -> d.returnDraw(command.allocationId(), command.projectId()));
    }
    fund.execute(f -> f.reverse(command.allocationId(), command.reason(), command.reversedBy()));
  }

  private List<Draw> drawFrom(AllocateFundsCommand command) {
    long needed = command.amount().minorUnits();
    if (command.fromDonation() == null) {
      long seen = candidates.available(command.projectId(), command.amount().currency());
      if (seen < needed) {
        throw insufficient(command, seen);
      }
    }
    List<Draw> draws = new ArrayList<>();
    int offset = 0;
    while (needed > 0) {
      List<UUID> page =
          command.fromDonation() != null
              ? (offset == 0 ? List.of(command.fromDonation()) : List.of())
              : candidates.candidates(
                  command.projectId(), command.amount().currency(), offset, CANDIDATE_PAGE);
      if (page.isEmpty()) {
        break;
      }
      offset += page.size();
      for (UUID donationId : page) {
        if (needed == 0) {
          break;
        }
        Aggregate<Donation> donation = donations.load(LedgerIds.donation(donationId));
        if (command.fromDonation() != null
            && !donation.invoke(d -> d.isRestrictedTo(command.projectId()))) {
          throw new LedgerConflictException(
              "not-restricted",
              "Donation "
                  + donationId
                  + " is no longer restricted to project "
                  + command.projectId());
        }
        long take =
            Math.min(
                needed,
                donation.invoke(
                    d -> d.drawableFor(command.projectId(), command.amount().currency())));
        if (take > 0) {
          Money part = new Money(take, command.amount().currency());
          donation.execute(d -> d.draw(command.allocationId(), command.projectId(), part));
          draws.add(new Draw(donationId, take));
          needed -= take;
        }
      }
    }
    if (needed > 0) {
      throw insufficient(command, command.amount().minorUnits() - needed);
    }
    return draws;
  }

  private static LedgerConflictException insufficient(AllocateFundsCommand command, long found) {
    return new LedgerConflictException(
        "insufficient-funds",
        "Only "
            + found
            + " of "
            + command.amount().minorUnits()
            + " minor units in "
            + command.amount().currencyCode()
            + " are available for project "
            + command.projectId());
  }

  private Aggregate<ProjectFund> fundOf(UUID projectId) {
    try {
      return funds.load(LedgerIds.projectFund(projectId));
    } catch (AggregateNotFoundException unknown) {
      throw new LedgerConflictException(
          "project-not-accepting-allocations",
          "Project " + projectId + " is unknown to the ledger (no project event received yet)");
    }
  }
}

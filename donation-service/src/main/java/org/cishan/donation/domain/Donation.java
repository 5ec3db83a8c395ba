package org.cishan.donation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.IssueReceiptCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.RefundDonationCommand;
import org.cishan.donation.command.ReleaseRestrictionCommand;
import org.cishan.donation.command.VoidDonationCommand;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.DonationVoidedEvent;
import org.cishan.donation.event.FundsDrawnEvent;
import org.cishan.donation.event.FundsReturnedEvent;
import org.cishan.donation.event.ReceiptIssuedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;

/**
 * One donation in the ledger, event-sourced (ADR 6). Receiving is idempotent: the same id with the
 * same content again changes nothing and is answered like the first time; the same id with other
 * content is a {@link DonationConflictException}. Two concurrent first receipts cannot both win:
 * the event store's unique key refuses the second stream.
 *
 * <p>Online and bank gifts start {@link DonationStatus#PENDING} with a deadline; money in hand
 * (cash, other) is confirmed when recorded. A pending donation is confirmed when its payment
 * settles, or voided — by finance, or by the deadline sweep once the deadline has passed.
 *
 * <p>A confirmed donation keeps its own balance: {@code available = amount − drawn − refunded}.
 * Allocations draw from it ({@link #draw}, called by {@link FundAllocator} in the allocation's unit
 * of work), reversals return draws, refunds take from what is available. Restricted money can be
 * drawn only for its project until its restriction is released. Nothing here ever goes negative.
 */
public class Donation {

  @AggregateIdentifier private UUID donationId;
  private DonationReceivedEvent received;
  private Instant receivedAt;
  private DonationStatus status;
  private UUID restrictedTo;
  private long drawn;
  private long refunded;
  private String receiptNumber;
  private final Map<UUID, Long> draws = new HashMap<>();
  private final Map<UUID, Long> refunds = new HashMap<>();

  /** For Axon, which rebuilds the donation from its events. */
  protected Donation() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      ReceiveDonationCommand command,
      Clock clock,
      PendingDeadlines deadlines,
      KnownProjects projects) {
    if (received != null) {
      if (!received.equals(eventOf(command, received.confirmBy()))) {
        throw new DonationConflictException(command.donationId());
      }
      return;
    }
    Instant now = clock.instant();
    LedgerRules.requireValid(command, now);
    if (command.projectId() != null) {
      requireTakesRestrictedGifts(command.projectId(), projects);
    }
    apply(eventOf(command, deadlines.deadlineFor(command.channel(), now)));
    if (!command.channel().equals(Channel.ONLINE_PAYMENT)
        && !command.channel().equals(Channel.BANK_TRANSFER)) {
      confirm(command.recordedBy());
    }
  }

  @CommandHandler
  void handle(ConfirmDonationCommand command) {
    switch (status) {
      case CONFIRMED -> {}
      case VOIDED ->
          throw new DonationStateException(donationId, status, "its money cannot be confirmed");
      case PENDING -> confirm(command.confirmedBy());
    }
  }

  @CommandHandler
  void handle(VoidDonationCommand command, Clock clock) {
    switch (status) {
      case VOIDED -> {}
      case CONFIRMED ->
          throw new DonationStateException(
              donationId, status, "confirmed money is refunded, not voided");
      case PENDING -> {
        if (command.automatic() && !clock.instant().isAfter(received.confirmBy())) {
          throw new DonationStateException(
              donationId, status, "its deadline " + received.confirmBy() + " has not passed");
        }
        LedgerRules.requireReason(command.reason());
        apply(
            new DonationVoidedEvent(
                donationId, command.reason(), command.voidedBy(), command.automatic()));
      }
    }
  }

  @CommandHandler
  void handle(RefundDonationCommand command) {
    Money amount = command.amount();
    if (command.refundId() == null) {
      throw new RuleViolationException("refundId", "must not be null");
    }
    Long earlier = refunds.get(command.refundId());
    if (earlier != null) {
      if (amount == null || earlier != amount.minorUnits()) {
        throw new LedgerConflictException(
            "refund-id-reused",
            "Refund " + command.refundId() + " was already recorded with another amount");
      }
      return;
    }
    requireConfirmed("its money cannot be refunded");
    LedgerRules.requirePositive("amount", amount);
    requireSameCurrency(amount);
    LedgerRules.requireReason(command.reason());
    if (amount.minorUnits() > available()) {
      throw new LedgerConflictException(
          "refund-exceeds-available",
          "Donation "
              + donationId
              + " has "
              + available()
              + " unallocated minor units, less than "
              + amount.minorUnits()
              + "; reverse allocations first");
    }
    apply(
        new DonationRefundedEvent(
            donationId,
            command.refundId(),
            amount,
            restrictedTo,
            command.reason(),
            command.refundedBy()));
  }

  @CommandHandler
  void handle(ReleaseRestrictionCommand command) {
    if (received.projectId() == null) {
      throw new LedgerConflictException(
          "not-restricted", "Donation " + donationId + " is not restricted to a project");
    }
    if (restrictedTo == null) {
      return;
    }
    requireConfirmed("only confirmed money can be released");
    LedgerRules.requireReason(command.reason());
    apply(
        new RestrictionReleasedEvent(
            donationId,
            restrictedTo,
            new Money(available(), received.amount().currency()),
            command.reason(),
            command.approvedBy()));
  }

  @CommandHandler
  void handle(IssueReceiptCommand command) {
    if (receiptNumber != null) {
      if (!receiptNumber.equals(command.receiptNumber())) {
        throw new LedgerConflictException(
            "receipt-already-issued",
            "Donation " + donationId + " already has receipt " + receiptNumber);
      }
      return;
    }
    requireConfirmed("a receipt is issued only for confirmed money");
    apply(
        new ReceiptIssuedEvent(
            donationId, command.receiptNumber(), command.issuedOn(), command.issuer()));
  }

  /** The confirmed money not drawn nor refunded; 0 unless confirmed. */
  public long available() {
    return status == DonationStatus.CONFIRMED
        ? received.amount().minorUnits() - drawn - refunded
        : 0;
  }

  /** Whether this donation's available money is still restricted to {@code projectId}. */
  public boolean isRestrictedTo(UUID projectId) {
    return projectId.equals(restrictedTo);
  }

  /** How much an allocation to {@code projectId} in {@code currency} could draw from here. */
  public long drawableFor(UUID projectId, Currency currency) {
    boolean reachable = restrictedTo == null || restrictedTo.equals(projectId);
    return reachable && received.amount().currency().equals(currency) ? available() : 0;
  }

  /**
   * Draw {@code amount} of this donation's available money for allocation {@code allocationId} to
   * {@code projectId}. Refused when the donation is not confirmed, restricted to another project,
   * has too little available, or already gave to this allocation.
   */
  public void draw(UUID allocationId, UUID projectId, Money amount) {
    requireConfirmed("its money cannot be allocated");
    LedgerRules.requirePositive("amount", amount);
    requireSameCurrency(amount);
    if (restrictedTo != null && !restrictedTo.equals(projectId)) {
      throw new LedgerConflictException(
          "restricted-to-another-project",
          "Donation " + donationId + " is restricted to project " + restrictedTo);
    }
    if (draws.containsKey(allocationId)) {
      throw new LedgerConflictException(
          "allocation-id-reused",
          "Donation " + donationId + " already gave to allocation " + allocationId);
    }
    if (amount.minorUnits() > available()) {
      throw new LedgerConflictException(
          "insufficient-funds",
          "Donation " + donationId + " has only " + available() + " minor units available");
    }
    apply(new FundsDrawnEvent(donationId, allocationId, projectId, amount));
  }

  /** Give back what allocation {@code allocationId} drew here (it is being reversed). */
  public void returnDraw(UUID allocationId, UUID projectId) {
    Long amount = draws.get(allocationId);
    if (amount == null) {
      throw new IllegalStateException(
          "Donation " + donationId + " gave nothing to allocation " + allocationId);
    }
    apply(
        new FundsReturnedEvent(
            donationId, allocationId, projectId, new Money(amount, received.amount().currency())));
  }

  @EventSourcingHandler
  void on(DonationReceivedEvent event, @Timestamp Instant timestamp) {
    this.donationId = event.donationId();
    this.received = event;
    this.receivedAt = timestamp;
    this.status = DonationStatus.PENDING;
    this.restrictedTo = event.projectId();
  }

  @EventSourcingHandler
  void on(FundsDrawnEvent event) {
    draws.put(event.allocationId(), event.amount().minorUnits());
    drawn += event.amount().minorUnits();
  }

  @EventSourcingHandler
  void on(FundsReturnedEvent event) {
    draws.put(event.allocationId(), 0L);
    drawn -= event.amount().minorUnits();
  }

  @EventSourcingHandler
  void on(DonationRefundedEvent event) {
    refunds.put(event.refundId(), event.amount().minorUnits());
    refunded += event.amount().minorUnits();
  }

  @EventSourcingHandler
  void on(RestrictionReleasedEvent event) {
    restrictedTo = null;
  }

  @EventSourcingHandler
  void on(ReceiptIssuedEvent event) {
    receiptNumber = event.receiptNumber();
  }

  @EventSourcingHandler
  void on(DonationConfirmedEvent event) {
    this.status = DonationStatus.CONFIRMED;
  }

  @EventSourcingHandler
  void on(DonationVoidedEvent event) {
    this.status = DonationStatus.VOIDED;
  }

  private void confirm(String confirmedBy) {
    Instant effectiveAt = received.effectiveAt() == null ? receivedAt : received.effectiveAt();
    apply(
        new DonationConfirmedEvent(
            donationId, received.amount(), received.projectId(), effectiveAt, confirmedBy));
  }

  /**
   * A gift may be restricted only to a project the ledger knows that can still be allocated money
   * (draft, approved, implementing); checked on the first receipt only, so a retry is answered as
   * before whatever became of the project since.
   */
  private static void requireTakesRestrictedGifts(UUID projectId, KnownProjects projects) {
    ProjectStatus status =
        projects
            .statusOf(projectId)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "projectId", "names no project the ledger knows: " + projectId));
    if (!status.takesRestrictedGifts()) {
      throw new LedgerConflictException(
          "project-not-accepting-gifts",
          "projectId "
              + projectId
              + " names a project that is "
              + status
              + "; it will never be allocated money again, so no gift can be restricted to it");
    }
  }

  private void requireConfirmed(String refusal) {
    if (status != DonationStatus.CONFIRMED) {
      throw new DonationStateException(donationId, status, refusal);
    }
  }

  private void requireSameCurrency(Money amount) {
    if (!amount.currency().equals(received.amount().currency())) {
      throw new RuleViolationException(
          "amount.currency", "must be the donation's currency " + received.amount().currencyCode());
    }
  }

  /** The event a first receipt of {@code c} applies (retries are compared with it). */
  static DonationReceivedEvent eventOf(ReceiveDonationCommand c, Instant confirmBy) {
    return new DonationReceivedEvent(
        c.donationId(),
        c.donorName(),
        c.amount(),
        c.projectId(),
        c.donorAccountId(),
        c.recordedBy(),
        c.channel(),
        c.paymentReference(),
        c.anonymous(),
        c.donorIdNumber(),
        c.message(),
        c.effectiveAt(),
        confirmBy);
  }
}

package org.cishan.donation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.VoidDonationCommand;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationVoidedEvent;

/**
 * One donation in the ledger, event-sourced (ADR 6). Receiving is idempotent: the same id with the
 * same content again changes nothing and is answered like the first time; the same id with other
 * content is a {@link DonationConflictException}. Two concurrent first receipts cannot both win:
 * the event store's unique key refuses the second stream.
 *
 * <p>Online and bank gifts start {@link DonationStatus#PENDING} with a deadline; money in hand
 * (cash, other) is confirmed when recorded. A pending donation is confirmed when its payment
 * settles, or voided — by finance, or by the deadline sweep once the deadline has passed.
 */
public class Donation {

  static final int DONOR_NAME_MAX_LENGTH = 100;
  static final int PAYMENT_REFERENCE_MAX_LENGTH = 100;
  static final int MESSAGE_MAX_LENGTH = 500;
  static final int REASON_MAX_LENGTH = 500;

  /** ¥100,000,000 in fen: a single gift above this is a typing error, not a donation. */
  static final long MAX_MINOR_UNITS = 10_000_000_000L;

  /** Clocks differ a little; an effective time further ahead than this is refused. */
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{6,30}");

  @AggregateIdentifier private UUID donationId;
  private DonationReceivedEvent received;
  private Instant receivedAt;
  private DonationStatus status;

  /** For Axon, which rebuilds the donation from its events. */
  protected Donation() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ReceiveDonationCommand command, Clock clock, PendingDeadlines deadlines) {
    if (received != null) {
      if (!received.equals(eventOf(command, received.confirmBy()))) {
        throw new DonationConflictException(command.donationId());
      }
      return;
    }
    Instant now = clock.instant();
    requireValid(command, now);
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
        if (command.reason() == null || command.reason().isBlank()) {
          throw new RuleViolationException("reason", "must not be blank");
        }
        requireAtMost("reason", command.reason(), REASON_MAX_LENGTH);
        apply(
            new DonationVoidedEvent(
                donationId, command.reason(), command.voidedBy(), command.automatic()));
      }
    }
  }

  @EventSourcingHandler
  void on(DonationReceivedEvent event, @Timestamp Instant timestamp) {
    this.donationId = event.donationId();
    this.received = event;
    this.receivedAt = timestamp;
    this.status = DonationStatus.PENDING;
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

  private static void requireValid(ReceiveDonationCommand command, Instant now) {
    if (command.donationId() == null) {
      throw new RuleViolationException("donationId", "must not be null");
    }
    requireValidDonor(command.donorName(), command.donorIdNumber());
    requireValidAmount(command.amount());
    if (command.channel() == null) {
      throw new RuleViolationException("channel", "must not be null");
    }
    requireAtMost("paymentReference", command.paymentReference(), PAYMENT_REFERENCE_MAX_LENGTH);
    requireAtMost("message", command.message(), MESSAGE_MAX_LENGTH);
    if (command.effectiveAt() != null && command.effectiveAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
      throw new RuleViolationException("effectiveAt", "must not be in the future");
    }
  }

  private static void requireValidDonor(String donorName, String idNumber) {
    if (donorName == null || donorName.isBlank()) {
      throw new RuleViolationException("donorName", "must not be blank");
    }
    requireAtMost("donorName", donorName, DONOR_NAME_MAX_LENGTH);
    if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
      throw new RuleViolationException(
          "donorIdNumber", "must be 6 to 30 letters and digits (ID card or credit code)");
    }
  }

  private static void requireValidAmount(Money amount) {
    if (amount == null) {
      throw new RuleViolationException("amount", "must not be null");
    }
    if (amount.minorUnits() <= 0) {
      throw new RuleViolationException("amount.minorUnits", "must be greater than 0");
    }
    if (amount.minorUnits() > MAX_MINOR_UNITS) {
      throw new RuleViolationException(
          "amount.minorUnits", "must be at most " + MAX_MINOR_UNITS + " for one donation");
    }
  }

  private static void requireAtMost(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new RuleViolationException(field, "must be at most " + maxLength + " characters long");
    }
  }
}

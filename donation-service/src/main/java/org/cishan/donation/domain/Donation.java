package org.cishan.donation.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.event.DonationReceivedEvent;

/**
 * One donation in the ledger, event-sourced. Receiving it twice is impossible: the event store
 * refuses a second stream for the same id (answered as a conflict). Treating an identical retry as
 * success is a later issue.
 */
public class Donation {

  static final int DONOR_NAME_MAX_LENGTH = 100;

  @AggregateIdentifier private UUID donationId;

  /** For Axon, which rebuilds the donation from its events. */
  protected Donation() {}

  @CommandHandler
  public Donation(ReceiveDonationCommand command) {
    if (command.donationId() == null) {
      throw new RuleViolationException("donationId", "must not be null");
    }
    requireValidDonor(command.donorName());
    requirePositive(command.amount());
    apply(
        new DonationReceivedEvent(
            command.donationId(),
            command.donorName(),
            command.amount(),
            command.projectId(),
            command.donorAccountId(),
            command.recordedBy()));
  }

  @EventSourcingHandler
  void on(DonationReceivedEvent event) {
    this.donationId = event.donationId();
  }

  private static void requireValidDonor(String donorName) {
    if (donorName == null || donorName.isBlank()) {
      throw new RuleViolationException("donorName", "must not be blank");
    }
    if (donorName.length() > DONOR_NAME_MAX_LENGTH) {
      throw new RuleViolationException(
          "donorName", "must be at most " + DONOR_NAME_MAX_LENGTH + " characters long");
    }
  }

  private static void requirePositive(Money amount) {
    if (amount == null) {
      throw new RuleViolationException("amount", "must not be null");
    }
    if (amount.minorUnits() <= 0) {
      throw new RuleViolationException("amount.minorUnits", "must be greater than 0");
    }
  }
}

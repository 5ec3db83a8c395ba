package org.cishan.donation.sweep;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cishan.donation.command.VoidDonationCommand;
import org.cishan.donation.domain.DonationStateException;
import org.cishan.donation.query.donationsummary.DonationSummaryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Voids pending donations whose deadline has passed. Durable without a scheduler of its own: the
 * deadlines are in the donation-summaries read model, and each sweep asks the aggregate, which
 * voids only if the donation is still pending and its deadline really passed — a confirmation that
 * raced the sweep wins. Safe with several instances: a second void of a voided donation changes
 * nothing.
 */
@Component
public class PendingDeadlineSweep {

  static final String REASON = "not confirmed before its deadline";
  static final int BATCH = 100;

  private static final Logger log = LoggerFactory.getLogger(PendingDeadlineSweep.class);

  private final DonationSummaryRepository summaries;
  private final CommandGateway commands;
  private final Clock clock;

  public PendingDeadlineSweep(
      DonationSummaryRepository summaries, CommandGateway commands, Clock clock) {
    this.summaries = summaries;
    this.commands = commands;
    this.clock = clock;
  }

  /** One sweep; returns how many donations it voided. */
  @Scheduled(fixedDelayString = "${cishan.ledger.deadline-sweep-interval:PT1M}")
  public int sweep() {
    List<UUID> overdue = summaries.overdue(clock.instant(), BATCH);
    int voided = 0;
    for (UUID donationId : overdue) {
      try {
        commands.sendAndWait(
            new VoidDonationCommand(donationId, REASON, VoidDonationCommand.DEADLINE, true));
        voided++;
      } catch (DonationStateException changedMeanwhile) {
        log.info("Not voiding {}: {}", donationId, changedMeanwhile.getMessage());
      }
    }
    if (voided > 0) {
      log.info("Voided {} pending donation(s) past their deadline", voided);
    }
    return voided;
  }
}

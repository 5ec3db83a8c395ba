package org.cishan.donation.receipt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.cishan.donation.command.IssueReceiptCommand;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues every confirmed donation its receipt number, sequential per year without gaps (ADR 6): one
 * processor with one segment takes confirmations in ledger order, takes the year's next number from
 * the {@link ReceiptRegister} and records it on the donation ({@code ReceiptIssuedEvent}). The
 * command runs inside this processor's unit of work, so the counter, the register row, the
 * donation's event and the processor's token commit in one transaction, or none does: a crash
 * leaves no gap and no number twice. Never replayed, so rebuilding projections issues nothing.
 */
@Component
@ProcessingGroup(ReceiptIssuing.PROCESSING_GROUP)
@DisallowReplay
public class ReceiptIssuing {

  public static final String PROCESSING_GROUP = "receipts";

  private final ReceiptRegister register;
  private final CommandGateway commands;
  private final Clock clock;
  private final ZoneId zone;
  private final String issuer;

  public ReceiptIssuing(
      ReceiptRegister register,
      CommandGateway commands,
      Clock clock,
      @Value("${cishan.ledger.time-zone:Asia/Shanghai}") ZoneId zone,
      @Value("${cishan.ledger.receipt.issuer}") String issuer) {
    this.register = register;
    this.commands = commands;
    this.clock = clock;
    this.zone = zone;
    this.issuer = issuer;
  }

  @EventHandler
  void on(DonationConfirmedEvent event) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    String receiptNumber =
        register
            .numberOf(event.donationId())
            .orElseGet(() -> register.register(event.donationId(), today));
    commands.sendAndWait(new IssueReceiptCommand(event.donationId(), receiptNumber, today, issuer));
  }
}

package org.cishan.donation.command;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the receipt the receipt register numbered for a confirmed donation. */
public record IssueReceiptCommand(
    @TargetAggregateIdentifier UUID donationId,
    String receiptNumber,
    LocalDate issuedOn,
    String issuer) {}

package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cishan.donation.domain.Money;

/**
 * Give part or all of a confirmed donation's unallocated money back to the donor. The same refund
 * id again with the same amount changes nothing.
 */
public record RefundDonationCommand(
    @TargetAggregateIdentifier UUID donationId,
    UUID refundId,
    Money amount,
    String reason,
    String refundedBy) {}

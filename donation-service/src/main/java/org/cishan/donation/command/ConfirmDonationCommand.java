package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The payment of a pending donation settled. Confirming twice changes nothing.
 *
 * @param confirmedBy the finance account (from the verified token)
 */
public record ConfirmDonationCommand(
    @TargetAggregateIdentifier UUID donationId, String confirmedBy) {}

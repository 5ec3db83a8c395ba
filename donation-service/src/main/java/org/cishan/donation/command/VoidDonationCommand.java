package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A pending donation's money will not come. Voiding twice changes nothing; a confirmed donation
 * cannot be voided (its money is refunded instead).
 *
 * @param voidedBy the finance account, or {@link #DEADLINE} for the automatic sweep
 * @param automatic the sweep voids only donations whose deadline has passed
 */
public record VoidDonationCommand(
    @TargetAggregateIdentifier UUID donationId, String reason, String voidedBy, boolean automatic) {

  public static final String DEADLINE = "system:deadline";
}

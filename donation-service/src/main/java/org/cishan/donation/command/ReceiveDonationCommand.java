package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cishan.donation.domain.Money;

/**
 * Record a donation in the ledger.
 *
 * @param donationId chosen by the caller, so a retry can be recognised
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 */
public record ReceiveDonationCommand(
    @TargetAggregateIdentifier UUID donationId, String donorName, Money amount, UUID projectId) {}

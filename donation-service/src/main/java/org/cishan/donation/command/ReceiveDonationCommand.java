package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cishan.donation.domain.Money;

/**
 * Record a donation in the ledger.
 *
 * @param donationId chosen by the caller, so a retry can be recognised
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param donorAccountId the signed-in donor account giving, or {@code null} for a gift without an
 *     account; taken from the verified token, never from the request body
 * @param recordedBy the signed-in account that recorded the gift (the donor, or staff entering it),
 *     or {@code null} for anonymous intake
 */
public record ReceiveDonationCommand(
    @TargetAggregateIdentifier UUID donationId,
    String donorName,
    Money amount,
    UUID projectId,
    String donorAccountId,
    String recordedBy) {}

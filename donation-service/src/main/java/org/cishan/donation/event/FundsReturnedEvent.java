package org.cishan.donation.event;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Money;

/**
 * Money a reversed allocation had drawn from this donation is available again.
 *
 * @param allocationId the reversed allocation
 */
@Revision("1")
public record FundsReturnedEvent(
    UUID donationId, UUID allocationId, UUID projectId, Money amount) {}

package org.cishan.donation.event;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Money;

/**
 * Part of a confirmed donation's available money went to a project by allocation {@code
 * allocationId}.
 */
@Revision("1")
public record FundsDrawnEvent(UUID donationId, UUID allocationId, UUID projectId, Money amount) {}

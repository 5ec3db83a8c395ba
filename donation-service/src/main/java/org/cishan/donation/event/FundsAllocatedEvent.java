package org.cishan.donation.event;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Draw;
import org.cishan.donation.domain.Money;

/**
 * Money was allocated to a project, drawn from the listed donations (oldest confirmed first, the
 * project's restricted gifts before unrestricted ones; ADR 6).
 *
 * @param allocatedBy the finance account, or {@code system:restricted-gift} for a restricted
 *     donation allocated to its project when confirmed
 */
@Revision("1")
public record FundsAllocatedEvent(
    UUID projectId, UUID allocationId, Money amount, List<Draw> draws, String allocatedBy) {}

package org.cishan.donation.event;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Draw;
import org.cishan.donation.domain.Money;

/**
 * A mistaken allocation was reversed: a new entry naming the one it corrects; its draws went back
 * to their donations.
 */
@Revision("1")
public record AllocationReversedEvent(
    UUID projectId,
    UUID allocationId,
    Money amount,
    List<Draw> draws,
    String reason,
    String reversedBy) {}

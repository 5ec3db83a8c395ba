package org.cishan.donation.event;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Money;

/**
 * A restricted donation's unallocated money may now go to any project. What was already allocated
 * to its project stays there.
 *
 * @param projectId the project it was restricted to
 * @param released the money that became unrestricted (its available part at the time)
 * @param approvedBy who approved the release (the finance account recording it)
 */
@Revision("1")
public record RestrictionReleasedEvent(
    UUID donationId, UUID projectId, Money released, String reason, String approvedBy) {}

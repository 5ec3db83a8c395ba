package org.cishan.contracts.fund;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * A mistaken allocation was reversed as a whole; its money is unallocated again.
 *
 * @param allocationId the allocation it corrects
 * @param amount that allocation's amount
 */
@JsonTypeName(AllocationReversed.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AllocationReversed(
    UUID eventId, Instant occurredAt, UUID projectId, UUID allocationId, Money amount)
    implements ProjectFundEvent {

  public static final String TYPE = "AllocationReversed.v1";
}

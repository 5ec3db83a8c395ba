package org.cishan.contracts.fund;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * Confirmed money was allocated to a project.
 *
 * @param projectId the project (also the Kafka key)
 * @param allocationId the allocation, named again by a reversal
 * @param amount the amount allocated
 */
@JsonTypeName(FundsAllocated.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FundsAllocated(
    UUID eventId, Instant occurredAt, UUID projectId, UUID allocationId, Money amount)
    implements ProjectFundEvent {

  public static final String TYPE = "FundsAllocated.v1";
}

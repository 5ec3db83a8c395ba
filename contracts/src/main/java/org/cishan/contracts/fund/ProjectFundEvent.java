package org.cishan.contracts.fund;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.IntegrationEvent;
import org.cishan.contracts.Topics;

/**
 * The events donation-service publishes on {@link Topics#PROJECT_FUND_EVENTS}, keyed by project id:
 * what the ledger moved for a project. Per project and currency, {@code allocated − reversed −
 * disbursed} is never negative.
 *
 * <p>A type this version does not know is read as {@link Unrecognized}; consumers skip it.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = ProjectFundEvent.Unrecognized.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = FundsAllocated.class, name = FundsAllocated.TYPE),
  @JsonSubTypes.Type(value = AllocationReversed.class, name = AllocationReversed.TYPE),
  @JsonSubTypes.Type(value = FundsDisbursed.class, name = FundsDisbursed.TYPE)
})
public sealed interface ProjectFundEvent extends IntegrationEvent
    permits FundsAllocated, AllocationReversed, FundsDisbursed, ProjectFundEvent.Unrecognized {

  UUID projectId();

  /** An event of a type this reader does not know; consumers ignore it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Unrecognized(String type, UUID eventId, Instant occurredAt, UUID projectId)
      implements ProjectFundEvent {}
}

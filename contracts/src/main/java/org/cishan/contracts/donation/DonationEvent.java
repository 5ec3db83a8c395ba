package org.cishan.contracts.donation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.IntegrationEvent;
import org.cishan.contracts.Topics;

/**
 * The events donation-service publishes on {@link Topics#DONATION_EVENTS}, keyed by donation id.
 *
 * <p>A type this version does not know is read as {@link Unrecognized} (a tolerant reader): a
 * consumer skips it instead of failing, so producers can add new event types first.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = DonationEvent.Unrecognized.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = DonationReceived.class, name = DonationReceived.TYPE),
  @JsonSubTypes.Type(value = DonationConfirmed.class, name = DonationConfirmed.TYPE),
  @JsonSubTypes.Type(value = DonationRefunded.class, name = DonationRefunded.TYPE),
  @JsonSubTypes.Type(value = RestrictionReleased.class, name = RestrictionReleased.TYPE)
})
public sealed interface DonationEvent extends IntegrationEvent
    permits DonationReceived,
        DonationConfirmed,
        DonationRefunded,
        RestrictionReleased,
        DonationEvent.Unrecognized {

  /** An event of a type this reader does not know; consumers ignore it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Unrecognized(String type, UUID eventId, Instant occurredAt) implements DonationEvent {}
}

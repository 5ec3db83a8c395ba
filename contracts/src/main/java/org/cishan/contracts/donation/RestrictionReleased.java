package org.cishan.contracts.donation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * A restricted donation's unallocated money is no longer bound to its project (a recorded, approved
 * release). What was already allocated to the project stays there.
 *
 * @param donationId the donation (also the Kafka key)
 * @param projectId the project it was restricted to
 * @param released the money that became unrestricted
 */
@JsonTypeName(RestrictionReleased.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RestrictionReleased(
    UUID eventId, Instant occurredAt, UUID donationId, UUID projectId, Money released)
    implements DonationEvent {

  public static final String TYPE = "RestrictionReleased.v1";
}

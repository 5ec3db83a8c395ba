package org.cishan.contracts.donation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * Part or all of a confirmed donation's unallocated money went back to the donor.
 *
 * @param donationId the donation (also the Kafka key)
 * @param refundId the refund, unique per donation
 * @param projectId the project the refunded money was restricted to, or {@code null}
 * @param amount the amount given back
 */
@JsonTypeName(DonationRefunded.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DonationRefunded(
    UUID eventId, Instant occurredAt, UUID donationId, UUID refundId, UUID projectId, Money amount)
    implements DonationEvent {

  public static final String TYPE = "DonationRefunded.v1";
}

package org.cishan.contracts.donation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * A donation was received by the ledger. Online and bank gifts are still pending then: their money
 * counts only once {@link DonationConfirmed} follows.
 *
 * @param donationId the donation (also the Kafka key)
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param amount the amount given
 */
@JsonTypeName(DonationReceived.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DonationReceived(
    UUID eventId, Instant occurredAt, UUID donationId, UUID projectId, Money amount)
    implements DonationEvent {

  public static final String TYPE = "DonationReceived.v1";
}

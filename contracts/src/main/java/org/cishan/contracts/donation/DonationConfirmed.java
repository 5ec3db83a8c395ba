package org.cishan.contracts.donation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * The donation's money arrived: its payment settled, or finance recorded money in hand. Only
 * confirmed money counts anywhere (raised amounts, totals, allocations).
 *
 * @param donationId the donation (also the Kafka key)
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param amount the amount given
 * @param effectiveAt when the money actually moved (the bank value date for a backdated gift)
 */
@JsonTypeName(DonationConfirmed.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DonationConfirmed(
    UUID eventId,
    Instant occurredAt,
    UUID donationId,
    UUID projectId,
    Money amount,
    Instant effectiveAt)
    implements DonationEvent {

  public static final String TYPE = "DonationConfirmed.v1";
}

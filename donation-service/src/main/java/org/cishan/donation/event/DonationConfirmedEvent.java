package org.cishan.donation.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Money;

/**
 * The donation's money arrived. Carries what projections need (amount, designation, when the money
 * moved), so none has to look back at the received event.
 *
 * @param effectiveAt when the money moved: the received gift's effective time, or when it was
 *     recorded
 * @param confirmedBy the finance account, or whoever recorded money in hand
 */
@Revision("1")
public record DonationConfirmedEvent(
    UUID donationId, Money amount, UUID projectId, Instant effectiveAt, String confirmedBy) {}

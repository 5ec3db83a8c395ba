package org.cishan.donation.event;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A pending donation's money never came.
 *
 * @param automatic voided by the deadline sweep rather than by a person
 */
@Revision("1")
public record DonationVoidedEvent(
    UUID donationId, String reason, String voidedBy, boolean automatic) {}

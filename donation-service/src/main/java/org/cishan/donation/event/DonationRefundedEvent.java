package org.cishan.donation.event;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Money;

/**
 * Part or all of a confirmed donation's unallocated money went back to the donor.
 *
 * @param refundId chosen by finance, so a retried refund is recognised
 * @param restrictedTo the project the money was restricted to when refunded, or {@code null}
 */
@Revision("1")
public record DonationRefundedEvent(
    UUID donationId,
    UUID refundId,
    Money amount,
    UUID restrictedTo,
    String reason,
    String refundedBy) {}

package org.cishan.donation.event;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The donation's charitable donation receipt (公益事业捐赠票据) was issued.
 *
 * @param receiptNumber e.g. {@code 2026-00000042}: the year and its gap-free sequence number
 * @param issuedOn the receipt's date in the federation's time zone
 * @param issuer the issuing federation's name as printed on the receipt
 */
@Revision("1")
public record ReceiptIssuedEvent(
    UUID donationId, String receiptNumber, LocalDate issuedOn, String issuer) {}

package org.cishan.contracts.fund;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * Allocated money of a project was paid to its implementing partner.
 *
 * @param disbursementId the disbursement
 * @param partner the implementing partner paid
 * @param voucherReference the payment voucher in the books
 */
@JsonTypeName(FundsDisbursed.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FundsDisbursed(
    UUID eventId,
    Instant occurredAt,
    UUID projectId,
    UUID disbursementId,
    Money amount,
    String partner,
    String voucherReference)
    implements ProjectFundEvent {

  public static final String TYPE = "FundsDisbursed.v1";
}

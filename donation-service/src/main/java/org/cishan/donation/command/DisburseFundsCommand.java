package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cishan.donation.domain.LedgerIds;
import org.cishan.donation.domain.Money;

/**
 * Pay allocated, not yet disbursed money of a project to its implementing partner. The same
 * disbursement id again with the same content changes nothing.
 *
 * @param voucherReference the payment voucher (凭证) number in the books
 */
public record DisburseFundsCommand(
    UUID projectId,
    UUID disbursementId,
    Money amount,
    String partner,
    String voucherReference,
    String disbursedBy) {

  /** The fund's stream, never the bare project id (ADR 9). */
  @TargetAggregateIdentifier
  public String fundId() {
    return LedgerIds.projectFund(projectId);
  }
}

package org.cishan.donation.command;

import java.util.UUID;
import org.cishan.donation.domain.Money;

/**
 * Allocate confirmed money to a project. Handled over several aggregates in one unit of work (ADR
 * 6): the project's fund and every donation drawn from. The same allocation id again with the same
 * project and amount changes nothing; with anything else it is refused.
 *
 * @param allocationId chosen by finance, so a retry can be recognised
 * @param fromDonation draw only from this donation (a restricted gift allocated when confirmed), or
 *     {@code null} to draw by the policy: the project's restricted gifts, then unrestricted ones,
 *     each oldest confirmed first
 * @param allocatedBy the finance account (from the verified token)
 */
public record AllocateFundsCommand(
    UUID allocationId, UUID projectId, Money amount, UUID fromDonation, String allocatedBy) {

  /** Marks an allocation the ledger made itself: a restricted gift reaching its project. */
  public static final String RESTRICTED_GIFT = "system:restricted-gift";
}

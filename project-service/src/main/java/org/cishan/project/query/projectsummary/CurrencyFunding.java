package org.cishan.project.query.projectsummary;

import org.cishan.project.domain.Money;

/**
 * One project's money in one currency, as the ledger announced it: raised (confirmed restricted
 * gifts, net of refunds and releases), allocated (net of reversals) and disbursed, and from how
 * many gifts.
 */
public record CurrencyFunding(Money raised, long allocated, long disbursed, long donationCount) {

  /** Only raised money (tests, and projects the ledger allocated nothing to yet). */
  public CurrencyFunding(Money raised, long donationCount) {
    this(raised, 0, 0, donationCount);
  }

  public Money allocatedMoney() {
    return new Money(allocated, raised.currency());
  }

  public Money disbursedMoney() {
    return new Money(disbursed, raised.currency());
  }
}

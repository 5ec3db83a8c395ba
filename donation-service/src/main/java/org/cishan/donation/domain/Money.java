package org.cishan.donation.domain;

import java.util.Currency;

/**
 * An amount in integer minor units (fen for CNY) of an ISO-4217 currency that has minor units.
 * Never a floating-point number. Whether an amount may be zero or negative is the holder's rule.
 */
public record Money(long minorUnits, Currency currency) {

  public Money {
    if (currency == null) {
      throw new RuleViolationException("currency", "must not be null");
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw new RuleViolationException("currency", "is not a currency with minor units");
    }
  }

  /** Money from an ISO-4217 code as the outside world writes it, e.g. {@code "CNY"}. */
  public static Money of(long minorUnits, String currencyCode) {
    if (currencyCode == null || currencyCode.isBlank()) {
      throw new RuleViolationException("currency", "must not be blank");
    }
    try {
      return new Money(minorUnits, Currency.getInstance(currencyCode));
    } catch (RuleViolationException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException("currency", "is not an ISO-4217 currency code");
    }
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }
}

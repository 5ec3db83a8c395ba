package org.cishan.project.domain;

import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units (fen for CNY) of an ISO-4217 currency; never negative, never a
 * floating-point number. The service's own value: only {@code messaging} maps it to the contracts'
 * {@code Money}.
 */
public record Money(long minorUnits, String currency) {

  private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (!isIsoCurrency(currency)) {
      throw new IllegalArgumentException("Not an ISO-4217 currency code: " + currency);
    }
    if (minorUnits < 0) {
      throw new IllegalArgumentException("Money cannot be negative: " + minorUnits);
    }
  }

  public static Money cny(long fen) {
    return new Money(fen, "CNY");
  }

  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  /** True for a three-letter upper-case code that ISO-4217 (as the JDK knows it) lists. */
  public static boolean isIsoCurrency(String code) {
    if (code == null || !ISO_CODE.matcher(code).matches()) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }
}

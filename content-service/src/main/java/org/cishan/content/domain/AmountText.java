package org.cishan.content.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Writes minor units as a readable amount, exactly (BigDecimal, never a double). */
public final class AmountText {

  private AmountText() {}

  /** {@code 50000000} fen → {@code "500000.00"} yuan. */
  public static String yuan(long fen) {
    return BigDecimal.valueOf(fen).movePointLeft(2).toPlainString();
  }

  /**
   * {@code "500000.00 元"} for CNY; other currencies in their own unit, e.g. {@code "12.34 HKD"}.
   */
  public static String of(long minorUnits, String currency) {
    if ("CNY".equals(currency)) {
      return yuan(minorUnits) + " 元";
    }
    return BigDecimal.valueOf(minorUnits).movePointLeft(fractionDigits(currency)).toPlainString()
        + " "
        + currency;
  }

  private static int fractionDigits(String currency) {
    try {
      return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }
}

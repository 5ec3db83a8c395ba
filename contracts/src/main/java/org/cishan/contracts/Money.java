package org.cishan.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * An amount of money in integer minor units of an ISO-4217 currency: {@code {"minorUnits": 10000,
 * "currency": "CNY"}} is ¥100.00. Never a floating-point number.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Money(long minorUnits, String currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money cny(long fen) {
    return new Money(fen, "CNY");
  }
}

package org.cishan.donation.domain;

/**
 * A value breaks a rule of the domain. Names the offending attribute (e.g. {@code donorName}, or
 * {@code amount.currency} once {@link #within(String) placed inside} its parent) and why, so an
 * adapter can tell the caller exactly what to fix.
 */
public class RuleViolationException extends IllegalArgumentException {

  private final String field;
  private final String reason;

  public RuleViolationException(String field, String reason) {
    super(field + " " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  /** The same violation seen from the value that holds this one, e.g. {@code amount.currency}. */
  public RuleViolationException within(String parent) {
    return new RuleViolationException(parent + "." + field, reason);
  }
}

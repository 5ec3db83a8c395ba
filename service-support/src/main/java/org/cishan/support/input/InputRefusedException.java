package org.cishan.support.input;

/**
 * A value from outside broke one of the input rules; {@link #reason()} says why in words fit for a
 * {@code errors[].message} of a 400 answer (e.g. "contains a control character (U+0000)"). It never
 * repeats the value itself.
 */
public class InputRefusedException extends IllegalArgumentException {

  private final String reason;

  public InputRefusedException(String reason) {
    super(reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}

package org.cishan.support.input;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A UUID only in its canonical 36-character form, 8-4-4-4-12 hexadecimal digits: no surrounding
 * spaces (Spring's and Jackson's own parsers trim them), no braces, no base64 (Jackson reads 24
 * characters as one), no shortened groups ({@link UUID#fromString} takes "1-1-1-1-1").
 */
public final class CanonicalUuid {

  static final String REASON = "is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)";

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private CanonicalUuid() {}

  public static UUID parse(String text) {
    if (text.length() != 36 || !CANONICAL.matcher(text).matches()) {
      throw new InputRefusedException(REASON);
    }
    return UUID.fromString(text);
  }
}

package org.cishan.identity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name an account signs in with: an e-mail address (lower-cased) or a mainland China mobile
 * number (11 digits, without separators or the +86 prefix). Full-width characters typed with a
 * Chinese input method are folded to ASCII first (NFKC), so "１３８ 0013 8000" and "13800138000" are
 * the same login.
 */
public record Login(String value) {

  public static final int MAX_LENGTH = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern MOBILE_SEPARATORS = Pattern.compile("[\\s\\-().]");

  public Login {
    if (value == null || !value.equals(normalize(value))) {
      throw new IllegalArgumentException("not a normalized login: " + value);
    }
  }

  /** The normalized login, or empty when the text is neither an e-mail address nor a mobile. */
  public static Optional<Login> parse(String raw) {
    return Optional.ofNullable(normalize(raw)).map(Login::new);
  }

  private static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    if (folded.isEmpty() || folded.length() > MAX_LENGTH) {
      return null;
    }
    if (folded.contains("@")) {
      String email = folded.toLowerCase(Locale.ROOT);
      return EMAIL.matcher(email).matches() ? email : null;
    }
    String digits = MOBILE_SEPARATORS.matcher(folded).replaceAll("");
    digits = digits.replaceFirst("^(\\+86|0086)", "");
    if (digits.length() == 13 && digits.startsWith("86")) {
      digits = digits.substring(2);
    }
    return MOBILE.matcher(digits).matches() ? digits : null;
  }

  public boolean isEmail() {
    return value.contains("@");
  }

  @Override
  public String toString() {
    return value;
  }
}

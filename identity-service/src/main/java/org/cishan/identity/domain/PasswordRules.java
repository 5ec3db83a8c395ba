package org.cishan.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must satisfy: at least {@value #MIN_LENGTH} characters, at most {@value
 * #MAX_BYTES} UTF-8 bytes (bcrypt ignores everything after the 72nd byte, so a longer password
 * would silently be weaker than it looks) and not the login itself.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_BYTES = 72;

  private PasswordRules() {}

  /** The broken rules, in words fit for an error message; empty when the password is fine. */
  public static List<String> violations(String password, String rawLogin) {
    List<String> broken = new ArrayList<>();
    if (password == null) {
      return List.of("is required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      broken.add("must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      broken.add("must be at most " + MAX_BYTES + " bytes long (UTF-8)");
    }
    if (sameAsLogin(password, rawLogin)) {
      broken.add("must not be the login");
    }
    return List.copyOf(broken);
  }

  private static boolean sameAsLogin(String password, String rawLogin) {
    if (rawLogin == null) {
      return false;
    }
    String candidate = password.strip().toLowerCase(Locale.ROOT);
    Optional<Login> login = Login.parse(rawLogin);
    return candidate.equals(rawLogin.strip().toLowerCase(Locale.ROOT))
        || login.map(l -> Login.parse(password).equals(Optional.of(l))).orElse(false);
  }
}

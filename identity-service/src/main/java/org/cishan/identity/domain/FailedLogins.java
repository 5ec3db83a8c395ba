package org.cishan.identity.domain;

import java.time.Instant;

/**
 * The failed sign-ins since the last success or lock, and until when the login is locked (null: not
 * locked).
 */
public record FailedLogins(int count, Instant lockedUntil) {

  public static final FailedLogins NONE = new FailedLogins(0, null);

  public FailedLogins {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }
}

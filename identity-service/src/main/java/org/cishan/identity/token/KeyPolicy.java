package org.cishan.identity.token;

import java.time.Duration;
import java.time.Instant;

/**
 * When signing keys rotate and how long a retired key keeps verifying. The retention must outlive
 * every token the key signed (access tokens: minutes; ID tokens: 30 minutes).
 */
public record KeyPolicy(Duration rotationPeriod, Duration retiredKeyRetention) {

  public KeyPolicy {
    if (rotationPeriod.isNegative() || rotationPeriod.isZero()) {
      throw new IllegalArgumentException("rotationPeriod must be positive");
    }
    if (retiredKeyRetention.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("retiredKeyRetention must be at least one hour");
    }
  }

  public boolean isDue(Instant activeSince, Instant now) {
    return !now.isBefore(activeSince.plus(rotationPeriod));
  }
}

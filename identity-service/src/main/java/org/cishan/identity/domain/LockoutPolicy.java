package org.cishan.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins are slowed and then locked: the n-th consecutive failure is answered after
 * {@code baseDelay * 2^(n-2)} (none for the first, at most {@code maxDelay}); the {@code
 * maxFailures}-th locks the login for {@code lockDuration}, during which even the right password
 * fails and attempts are not counted. The same policy applies to logins that have no account, so
 * neither the answer nor its timing tells whether an account exists.
 */
public record LockoutPolicy(
    int maxFailures, Duration lockDuration, Duration baseDelay, Duration maxDelay) {

  /** What one failure leads to: the new state and how long to wait before answering. */
  public record Failure(FailedLogins next, Duration delay) {}

  public LockoutPolicy {
    if (maxFailures < 1 || lockDuration.isNegative() || baseDelay.isNegative()) {
      throw new IllegalArgumentException("invalid lockout policy");
    }
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must not be below baseDelay");
    }
  }

  public boolean isLocked(FailedLogins state, Instant now) {
    return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
  }

  /** A failed attempt: counted (and possibly locking) unless the login is locked already. */
  public Failure failure(FailedLogins state, Instant now) {
    if (isLocked(state, now)) {
      return new Failure(state, maxDelay);
    }
    int number = state.count() + 1;
    FailedLogins next =
        number >= maxFailures
            ? new FailedLogins(0, now.plus(lockDuration))
            : new FailedLogins(number, null);
    return new Failure(next, delayAfter(number));
  }

  /** The pause before answering the n-th consecutive failure (1-based). */
  public Duration delayAfter(int failureNumber) {
    if (failureNumber <= 1 || baseDelay.isZero()) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failureNumber - 2, 20);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}

package org.cishan.identity.login;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.cishan.identity.domain.FailedLogins;
import org.cishan.identity.domain.LockoutPolicy;

/**
 * Failed-login state for logins that have no account, kept in memory so that they are slowed and
 * "locked" exactly like real accounts: the delays then tell nothing about whether an account
 * exists. Bounded: when {@value #MAX_ENTRIES} logins are tracked the map starts over, so a spray of
 * random logins cannot exhaust memory.
 */
class UnknownLoginFailures {

  static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<String, FailedLogins> failures = new ConcurrentHashMap<>();
  private final LockoutPolicy policy;

  UnknownLoginFailures(LockoutPolicy policy) {
    this.policy = policy;
  }

  /** Records one failure for the login and returns how long to hold back the answer. */
  Duration recordFailure(String login, Instant now) {
    if (failures.size() >= MAX_ENTRIES) {
      failures.clear();
    }
    AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    failures.compute(
        login,
        (key, state) -> {
          LockoutPolicy.Failure failure =
              policy.failure(state == null ? FailedLogins.NONE : state, now);
          delay.set(failure.delay());
          return failure.next();
        });
    return delay.get();
  }
}

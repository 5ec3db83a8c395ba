package org.cishan.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cishan.identity.domain.FailedLogins;
import org.cishan.identity.domain.LockoutPolicy;
import org.junit.jupiter.api.Test;

class UnknownLoginFailuresTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private final LockoutPolicy policy =
      new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMillis(500), Duration.ofSeconds(4));

  @Test
  void logInsWithoutAccountAreDelayedExactlyLikeAnAccountWithTheSameFailures() {
    UnknownLoginFailures unknown = new UnknownLoginFailures(policy);
    List<Duration> unknownDelays = new ArrayList<>();
    List<Duration> accountDelays = new ArrayList<>();
    FailedLogins account = FailedLogins.NONE;

    for (int i = 0; i < 7; i++) {
      unknownDelays.add(unknown.recordFailure("nobody@example.org", NOW));
      LockoutPolicy.Failure failure = policy.failure(account, NOW);
      accountDelays.add(failure.delay());
      account = failure.next();
    }

    assertThat(unknownDelays).isEqualTo(accountDelays);
    assertThat(unknownDelays.get(6)).as("locked after five").isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void eachLoginHasItsOwnCount() {
    UnknownLoginFailures unknown = new UnknownLoginFailures(policy);

    unknown.recordFailure("a@example.org", NOW);
    unknown.recordFailure("a@example.org", NOW);

    assertThat(unknown.recordFailure("b@example.org", NOW)).isZero();
  }
}

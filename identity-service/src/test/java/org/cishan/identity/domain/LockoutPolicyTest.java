package org.cishan.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private final LockoutPolicy policy =
      new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMillis(500), Duration.ofSeconds(4));

  @Nested
  class Failures {

    @Test
    void areCountedUntilTheLimit() {
      FailedLogins state = FailedLogins.NONE;
      for (int i = 1; i < 5; i++) {
        state = policy.failure(state, NOW).next();
        assertThat(state).isEqualTo(new FailedLogins(i, null));
      }
    }

    @Test
    void theFifthLocksForFifteenMinutesAndRestartsTheCount() {
      LockoutPolicy.Failure fifth = policy.failure(new FailedLogins(4, null), NOW);

      assertThat(fifth.next()).isEqualTo(new FailedLogins(0, NOW.plus(Duration.ofMinutes(15))));
      assertThat(policy.isLocked(fifth.next(), NOW.plus(Duration.ofMinutes(14)))).isTrue();
    }

    @Test
    void whileLockedAreNotCountedAndGetTheLongestDelay() {
      FailedLogins locked = new FailedLogins(0, NOW.plusSeconds(60));

      LockoutPolicy.Failure failure = policy.failure(locked, NOW);

      assertThat(failure.next()).isEqualTo(locked);
      assertThat(failure.delay()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void afterTheLockExpiredStartAFreshCount() {
      FailedLogins expired = new FailedLogins(0, NOW.minusSeconds(1));

      assertThat(policy.isLocked(expired, NOW)).isFalse();
      assertThat(policy.failure(expired, NOW).next()).isEqualTo(new FailedLogins(1, null));
    }
  }

  @Nested
  class Delays {

    @Test
    void growFromNoneAndDoubleUpToTheMaximum() {
      assertThat(policy.delayAfter(1)).isZero();
      assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
      assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
      assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
      assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
      assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void areTheSameForTheNthFailureWhateverItLeadsTo() {
      assertThat(policy.failure(new FailedLogins(2, null), NOW).delay())
          .isEqualTo(policy.delayAfter(3));
      assertThat(policy.failure(new FailedLogins(4, null), NOW).delay())
          .isEqualTo(policy.delayAfter(5));
    }
  }

  @Test
  void aLockIsOverAtItsEnd() {
    FailedLogins state = new FailedLogins(0, NOW);

    assertThat(policy.isLocked(state, NOW.minusNanos(1))).isTrue();
    assertThat(policy.isLocked(state, NOW)).isFalse();
    assertThat(policy.isLocked(FailedLogins.NONE, NOW)).isFalse();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new LockoutPolicy(5, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

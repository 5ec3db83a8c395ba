package org.cishan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cishan.gateway.ratelimit.TokenBucket.Decision;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void allowsAFullBurstThenRefuses() {
    TokenBucket bucket = new TokenBucket(3, 1, 0);

    assertThat(bucket.tryConsume(0)).isEqualTo(new Decision(true, 2, 0));
    assertThat(bucket.tryConsume(0)).isEqualTo(new Decision(true, 1, 0));
    assertThat(bucket.tryConsume(0)).isEqualTo(new Decision(true, 0, 0));
    assertThat(bucket.tryConsume(0)).isEqualTo(new Decision(false, 0, 1));
  }

  @Test
  void refillsAtTheRateAndNeverBeyondTheCapacity() {
    TokenBucket bucket = new TokenBucket(2, 10, 0);
    bucket.tryConsume(0);
    bucket.tryConsume(0);

    assertThat(bucket.tryConsume(SECOND / 10 - 1).allowed()).isFalse();
    assertThat(bucket.tryConsume(SECOND / 10).allowed()).isTrue();
    assertThat(bucket.tryConsume(3_600 * SECOND)).isEqualTo(new Decision(true, 1, 0));
  }

  @Test
  void saysHowManyWholeSecondsUntilTheNextRequestRoundingUp() {
    TokenBucket slow = new TokenBucket(1, 1, 0);
    slow.tryConsume(0);

    assertThat(slow.tryConsume(SECOND / 4).retryAfterSeconds()).isEqualTo(1);

    TokenBucket fast = new TokenBucket(1, 1_000, 0);
    fast.tryConsume(0);
    assertThat(fast.tryConsume(0).retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void aClockThatGoesBackwardsGrantsNothing() {
    TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
    bucket.tryConsume(10 * SECOND);

    assertThat(bucket.tryConsume(5 * SECOND).allowed()).isFalse();
  }

  @Test
  void aLongIdleTimeCannotOverflow() {
    TokenBucket bucket = new TokenBucket(1_000_000, 1_000_000, 0);
    bucket.tryConsume(0);

    assertThat(bucket.tryConsume(Long.MAX_VALUE / 2).remaining()).isEqualTo(999_999);
  }

  @Test
  void refusesALimitOfNothing() {
    assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}

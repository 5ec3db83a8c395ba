package org.cishan.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyPolicyTest {

  private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
  private final KeyPolicy policy = new KeyPolicy(Duration.ofDays(30), Duration.ofDays(1));

  @Test
  void rotationIsDueOnceTheActiveKeyIsAsOldAsTheRotationPeriod() {
    assertThat(policy.isDue(CREATED, CREATED.plus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
    assertThat(policy.isDue(CREATED, CREATED.plus(Duration.ofDays(30)))).isTrue();
  }

  @Test
  void retiredKeysMustStayPublishedLongerThanTokensLive() {
    assertThatThrownBy(() -> new KeyPolicy(Duration.ofDays(30), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

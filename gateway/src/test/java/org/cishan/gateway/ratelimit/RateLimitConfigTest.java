package org.cishan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.cishan.gateway.ratelimit.RateLimitProperties.Limit;
import org.cishan.gateway.web.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * {@code cishan.rate-limit.*}: on unless switched off, the documented defaults when nothing is
 * configured (application.yml aside), and a limit of nothing refuses to start.
 */
class RateLimitConfigTest {

  final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(RateLimitConfig.class)
          .withBean(
              ProblemResponses.class,
              () -> new ProblemResponses(Jackson2ObjectMapperBuilder.json().build()));

  @Test
  void limitsAreOnWithTheDocumentedDefaultsWhenNothingIsConfigured() {
    context.run(
        started -> {
          assertThat(started).hasSingleBean(RateLimitFilter.class);
          RateLimitProperties properties = started.getBean(RateLimitProperties.class);
          assertThat(properties.anonymous()).isEqualTo(new Limit(200, 100));
          assertThat(properties.authenticated()).isEqualTo(new Limit(400, 200));
          assertThat(properties.maxClients()).isEqualTo(100_000);
        });
  }

  @Test
  void oneLimitCanBeConfiguredAlone() {
    context
        .withPropertyValues(
            "cishan.rate-limit.authenticated.capacity=40",
            "cishan.rate-limit.authenticated.refill-per-second=20")
        .run(
            started -> {
              RateLimitProperties properties = started.getBean(RateLimitProperties.class);
              assertThat(properties.authenticated()).isEqualTo(new Limit(40, 20));
              assertThat(properties.anonymous()).isEqualTo(new Limit(200, 100));
            });
  }

  @Test
  void canBeSwitchedOff() {
    context
        .withPropertyValues("cishan.rate-limit.enabled=false")
        .run(started -> assertThat(started).doesNotHaveBean(RateLimitFilter.class));
  }

  @Test
  void aLimitOfNothingRefusesToStart() {
    context
        .withPropertyValues(
            "cishan.rate-limit.anonymous.capacity=0",
            "cishan.rate-limit.anonymous.refill-per-second=100")
        .run(started -> assertThat(started).hasFailed());
  }
}

package org.cishan.gateway.ratelimit;

import java.util.function.LongSupplier;
import org.cishan.gateway.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Registers the {@link RateLimitFilter} after Spring Security's filter chain (order -100). Tests
 * may supply a {@code LongSupplier} bean named {@code rateLimitNanoClock} to control time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@ConditionalOnProperty(
    name = "cishan.rate-limit.enabled",
    havingValue = "true",
    matchIfMissing = true)
class RateLimitConfig {

  @Bean
  @Order(10)
  RateLimitFilter rateLimitFilter(
      RateLimitProperties properties,
      ProblemResponses problems,
      ObjectProvider<LongSupplier> rateLimitNanoClock) {
    return new RateLimitFilter(
        properties, problems, rateLimitNanoClock.getIfAvailable(() -> System::nanoTime));
  }
}

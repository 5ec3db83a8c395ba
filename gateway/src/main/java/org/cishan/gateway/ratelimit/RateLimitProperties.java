package org.cishan.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cishan.rate-limit.*}: requests per client to {@code /api/**} ({@code enabled} switches
 * them off). A client is the token's subject when a valid token comes with the request, else the
 * address the connection comes from. {@code maxClients} bounds the buckets kept in memory. A limit
 * left out is the default: anonymous 200 at once and 100 per second, signed-in 400 and 200.
 */
@ConfigurationProperties("cishan.rate-limit")
record RateLimitProperties(
    Limit anonymous, Limit authenticated, @DefaultValue("100000") int maxClients) {

  static final Limit DEFAULT_ANONYMOUS = new Limit(200, 100);
  static final Limit DEFAULT_AUTHENTICATED = new Limit(400, 200);

  RateLimitProperties {
    anonymous = anonymous == null ? DEFAULT_ANONYMOUS : anonymous;
    authenticated = authenticated == null ? DEFAULT_AUTHENTICATED : authenticated;
    if (maxClients < 1) {
      throw new IllegalArgumentException("cishan.rate-limit.max-clients must be at least 1");
    }
  }

  /** A burst of {@code capacity} requests, refilled at {@code refillPerSecond} (each 1..10⁶). */
  record Limit(long capacity, long refillPerSecond) {

    Limit {
      if (capacity < 1
          || capacity > 1_000_000
          || refillPerSecond < 1
          || refillPerSecond > 1_000_000) {
        throw new IllegalArgumentException(
            "a rate limit needs capacity and refill-per-second between 1 and 1000000, not "
                + capacity
                + " and "
                + refillPerSecond);
      }
    }
  }
}

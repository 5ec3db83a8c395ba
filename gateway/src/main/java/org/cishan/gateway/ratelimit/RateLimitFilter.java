package org.cishan.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.cishan.gateway.ratelimit.RateLimitProperties.Limit;
import org.cishan.gateway.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limits on {@code /api/**}: a token bucket per signed-in subject, or per client
 * address for anonymous requests. Runs after security, so a bad token has been refused (401) before
 * it could spend anyone's bucket. A refused request never reaches a service: 429 problem with
 * {@code Retry-After}. Buckets live in this gateway's memory (bounded, idle ones expire).
 */
class RateLimitFilter implements WebFilter {

  static final String LIMIT_HEADER = "RateLimit-Limit";
  static final String REMAINING_HEADER = "RateLimit-Remaining";

  private final RateLimitProperties properties;
  private final ProblemResponses problems;
  private final LongSupplier nanoClock;
  private final Cache<String, TokenBucket> buckets;

  RateLimitFilter(
      RateLimitProperties properties, ProblemResponses problems, LongSupplier nanoClock) {
    this.properties = properties;
    this.problems = problems;
    this.nanoClock = nanoClock;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(properties.maxClients())
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .filter(JwtAuthenticationToken.class::isInstance)
        .map(authentication -> "user:" + authentication.getName())
        .defaultIfEmpty("ip:" + clientAddress(exchange))
        .flatMap(client -> limit(client, exchange, chain));
  }

  private Mono<Void> limit(String client, ServerWebExchange exchange, WebFilterChain chain) {
    boolean signedIn = client.startsWith("user:");
    String kind = signedIn ? "authenticated" : "anonymous";
    Limit limit = signedIn ? properties.authenticated() : properties.anonymous();
    long now = nanoClock.getAsLong();
    TokenBucket.Decision decision =
        buckets
            .get(client, key -> new TokenBucket(limit.capacity(), limit.refillPerSecond(), now))
            .tryConsume(now);
    HttpHeaders headers = exchange.getResponse().getHeaders();
    headers.set(LIMIT_HEADER, Long.toString(limit.capacity()));
    headers.set(REMAINING_HEADER, Long.toString(decision.remaining()));
    if (decision.allowed()) {
      return chain.filter(exchange);
    }
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    ProblemDetail problem =
        ProblemResponses.problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests (%s limit): at most %d at once and %d per second; retry in %d s"
                .formatted(
                    kind, limit.capacity(), limit.refillPerSecond(), decision.retryAfterSeconds()),
            exchange);
    problem.setProperty("limit", kind);
    return problems.write(exchange, problem);
  }

  private static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    if (remote == null) {
      return "unknown";
    }
    return remote.getAddress() == null
        ? remote.getHostString()
        : remote.getAddress().getHostAddress();
  }
}

package org.cishan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cishan.gateway.ratelimit.RateLimitProperties.Limit;
import org.cishan.gateway.web.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Who is counted: anonymous clients by the connection's address (never by {@code X-Forwarded-For}),
 * signed-in clients by their token's subject wherever they connect from. Anonymous burst 2,
 * signed-in burst 3, a clock that stands still.
 */
class RateLimitFilterTest {

  static final InetSocketAddress HOME = new InetSocketAddress("203.0.113.7", 40_001);
  static final InetSocketAddress CAFE = new InetSocketAddress("198.51.100.20", 40_002);

  final AtomicInteger forwarded = new AtomicInteger();
  final WebFilterChain service = exchange -> Mono.fromRunnable(forwarded::incrementAndGet);
  final RateLimitFilter filter =
      new RateLimitFilter(
          new RateLimitProperties(new Limit(2, 1), new Limit(3, 1), 1_000),
          new ProblemResponses(Jackson2ObjectMapperBuilder.json().build()),
          new AtomicLong()::get);

  @Test
  void eachAddressHasItsOwnBucket() {
    assertThat(anonymous(HOME, null)).isNull();
    assertThat(anonymous(HOME, null)).isNull();
    assertThat(anonymous(HOME, null)).isEqualTo(429);

    assertThat(anonymous(CAFE, null)).isNull();
    assertThat(forwarded).hasValue(3);
  }

  @Test
  void xForwardedForDoesNotChooseTheBucket() {
    anonymous(HOME, "192.0.2.1");
    anonymous(HOME, "192.0.2.2");

    assertThat(anonymous(HOME, "192.0.2.3")).isEqualTo(429);
  }

  @Test
  void aSignedInClientIsCountedByItsSubjectWhereverItConnectsFrom() {
    anonymous(HOME, null);
    anonymous(HOME, null);
    assertThat(anonymous(HOME, null)).isEqualTo(429);

    assertThat(signedIn("donor-1", HOME)).isNull();
    assertThat(signedIn("donor-1", CAFE)).isNull();
    assertThat(signedIn("donor-1", HOME)).isNull();
    assertThat(signedIn("donor-1", CAFE)).isEqualTo(429);
    assertThat(signedIn("donor-2", CAFE)).isNull();
  }

  @Test
  void aRefusedRequestIsA429ProblemThatNeverReachesTheService() {
    anonymous(HOME, null);
    anonymous(HOME, null);
    MockServerWebExchange refused = exchange("/api/donations/totals", HOME, null);

    filter.filter(refused, service).block();

    assertThat(forwarded).hasValue(2);
    HttpHeaders headers = refused.getResponse().getHeaders();
    assertThat(refused.getResponse().getStatusCode().value()).isEqualTo(429);
    assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(headers.getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    assertThat(headers.getFirst("RateLimit-Limit")).isEqualTo("2");
    assertThat(headers.getFirst("RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.getResponse().getBodyAsString().block())
        .contains("\"type\":\"urn:cishan:problem:rate-limited\"")
        .contains("\"limit\":\"anonymous\"")
        .contains("\"instance\":\"/api/donations/totals\"");
  }

  @Test
  void onlyTheApiIsCounted() {
    for (int i = 0; i < 5; i++) {
      MockServerWebExchange health = exchange("/actuator/health", HOME, null);
      filter.filter(health, service).block();
      assertThat(health.getResponse().getHeaders()).doesNotContainKey("RateLimit-Limit");
    }
    assertThat(forwarded).hasValue(5);
  }

  /** The status the filter answered itself, or null when it passed the request on. */
  private Integer anonymous(InetSocketAddress from, String xForwardedFor) {
    MockServerWebExchange exchange = exchange("/api/donations/totals", from, xForwardedFor);
    filter.filter(exchange, service).block();
    return status(exchange);
  }

  private Integer signedIn(String subject, InetSocketAddress from) {
    Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject).build();
    MockServerWebExchange exchange = exchange("/api/donations/mine", from, null);
    filter
        .filter(exchange, service)
        .contextWrite(
            ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)))
        .block();
    return status(exchange);
  }

  private static MockServerWebExchange exchange(
      String path, InetSocketAddress from, String xForwardedFor) {
    MockServerHttpRequest.BaseBuilder<?> request =
        MockServerHttpRequest.get(path).remoteAddress(from);
    if (xForwardedFor != null) {
      request.header("X-Forwarded-For", xForwardedFor);
    }
    return MockServerWebExchange.from(request);
  }

  private static Integer status(MockServerWebExchange exchange) {
    return exchange.getResponse().getStatusCode() == null
        ? null
        : exchange.getResponse().getStatusCode().value();
  }
}

package org.cishan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-client limits with a clock that stands still unless the test moves it: a burst of three, one
 * more per second. Signed-in clients are counted by subject, anonymous ones by address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cishan.rate-limit.anonymous.capacity=3",
      "cishan.rate-limit.anonymous.refill-per-second=1",
      "cishan.rate-limit.authenticated.capacity=3",
      "cishan.rate-limit.authenticated.refill-per-second=1"
    })
@Import(GatewayRateLimitTest.FrozenClock.class)
class GatewayRateLimitTest {

  static final TestTokens TOKENS = TestTokens.shared();
  static final StubBackend donations = StubBackend.start();
  static final AtomicLong NOW = new AtomicLong();

  @TestConfiguration
  static class FrozenClock {
    @Bean
    LongSupplier rateLimitNanoClock() {
      return NOW::get;
    }
  }

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    TOKENS.register(registry);
    registry.add("cishan.routes.donation-uri", donations::uri);
  }

  @BeforeEach
  void resetStub() {
    donations.reset();
    NOW.addAndGet(60_000_000_000L); // a minute later: every bucket is full again
  }

  @AfterAll
  static void stopStub() {
    donations.close();
  }

  @Test
  void theRequestAfterTheBurstIsA429WithRetryAfterAndNeverReachesTheService() throws Exception {
    String token = "Bearer " + TOKENS.token("busy-donor", "DONOR");
    for (int i = 0; i < 3; i++) {
      mine(token)
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals("RateLimit-Remaining", Integer.toString(2 - i));
      donations.takeRequest();
    }

    client
        .get()
        .uri("/api/donations/mine")
        .header(HttpHeaders.AUTHORIZATION, token)
        .header(HttpHeaders.ORIGIN, "http://localhost:5173")
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueEquals(HttpHeaders.RETRY_AFTER, "1")
        .expectHeader()
        .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
        .expectHeader()
        .valueEquals("RateLimit-Limit", "3")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:cishan:problem:rate-limited")
        .jsonPath("$.status")
        .isEqualTo(429)
        .jsonPath("$.limit")
        .isEqualTo("authenticated")
        .jsonPath("$.instance")
        .isEqualTo("/api/donations/mine");
    assertThat(donations.receivedNothing()).isTrue();

    NOW.addAndGet(1_000_000_000L);
    mine(token).expectStatus().isOk();
  }

  @Test
  void anotherSignedInClientHasItsOwnBucket() throws Exception {
    exhaust("Bearer " + TOKENS.token("donor-a", "DONOR"));

    mine("Bearer " + TOKENS.token("donor-b", "DONOR")).expectStatus().isOk();
  }

  @Test
  void anonymousClientsAreCountedByAddressWhateverXForwardedForSays() {
    for (int i = 0; i < 3; i++) {
      client
          .get()
          .uri("/api/donations/totals")
          .header("X-Forwarded-For", "192.0.2." + i)
          .exchange()
          .expectStatus()
          .isOk();
    }

    client
        .get()
        .uri("/api/donations/totals")
        .header("X-Forwarded-For", "192.0.2.99")
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectBody()
        .jsonPath("$.limit")
        .isEqualTo("anonymous");
  }

  @Test
  void signingInFromAnExhaustedAddressGivesTheClientItsOwnBucket() throws Exception {
    for (int i = 0; i < 3; i++) {
      client.get().uri("/api/donations/totals").exchange().expectStatus().isOk();
    }
    client.get().uri("/api/donations/totals").exchange().expectStatus().isEqualTo(429);

    mine("Bearer " + TOKENS.token("donor-at-the-same-address", "DONOR")).expectStatus().isOk();
  }

  @Test
  void aBadTokenIsRefusedBeforeItCanSpendTheSubjectsBucket() throws Exception {
    String forged = "Bearer " + TOKENS.signedByForeignKey("victim", "DONOR");
    for (int i = 0; i < 5; i++) {
      mine(forged).expectStatus().isUnauthorized();
    }

    mine("Bearer " + TOKENS.token("victim", "DONOR")).expectStatus().isOk();
  }

  @Test
  void healthIsNeverLimited() {
    for (int i = 0; i < 10; i++) {
      client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
  }

  private WebTestClient.ResponseSpec mine(String authorization) {
    return client
        .get()
        .uri("/api/donations/mine")
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .exchange();
  }

  private void exhaust(String token) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      mine(token).expectStatus().isOk();
      donations.takeRequest();
    }
    mine(token).expectStatus().isEqualTo(429);
  }
}

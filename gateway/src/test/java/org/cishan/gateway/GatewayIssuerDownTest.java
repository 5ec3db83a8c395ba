package org.cishan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The identity provider is down (nothing listens at its JWKS address): the gateway still starts,
 * because with a JWKS address it never calls the issuer at startup; anonymous requests pass; a
 * token that cannot be checked is a 503 problem, not a 401 that would tell the client to sign in
 * again, and it never reaches the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIssuerDownTest {

  static final TestTokens TOKENS = TestTokens.shared();
  static final StubBackend donations = StubBackend.start();

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void issuerWithoutKeys(DynamicPropertyRegistry registry) {
    String nowhere = "http://127.0.0.1:" + closedPort();
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> nowhere);
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> nowhere + "/oauth2/jwks");
    registry.add("cishan.routes.donation-uri", donations::uri);
  }

  @BeforeEach
  void resetStub() {
    donations.reset();
  }

  @AfterAll
  static void stopStub() {
    donations.close();
  }

  @Test
  void anonymousRequestsStillPass() throws Exception {
    client.get().uri("/api/donations/totals").exchange().expectStatus().isOk();

    assertThat(donations.takeRequest().pathAndQuery()).isEqualTo("/api/donations/totals");
  }

  @Test
  void aTokenThatCannotBeCheckedIsA503Problem() {
    client
        .get()
        .uri("/api/donations/mine")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("donor-1", "DONOR"))
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:cishan:problem:token-verification-unavailable")
        .jsonPath("$.status")
        .isEqualTo(503)
        .jsonPath("$.instance")
        .isEqualTo("/api/donations/mine");

    assertThat(donations.receivedNothing()).isTrue();
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

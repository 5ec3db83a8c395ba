package org.cishan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cishan.gateway.StubBackend.RecordedRequest;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The front door: bearer tokens are verified before any route (a bad one never reaches a service),
 * anonymous requests pass on to the services that decide, CORS answers the portal origins, and
 * every answer carries the security headers of a JSON API.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "cishan.cors.allowed-origins=https://portal.example.org")
class GatewaySecurityTest {

  static final TestTokens TOKENS = TestTokens.shared();
  static final StubBackend donations = StubBackend.start();
  static final StubBackend identity = StubBackend.start();

  @Autowired WebTestClient client;
  @Autowired ReactiveJwtAuthenticationConverter tokenConverter;

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    TOKENS.register(registry);
    registry.add("cishan.routes.donation-uri", donations::uri);
    registry.add("cishan.routes.identity-uri", identity::uri);
  }

  @BeforeEach
  void resetStubs() {
    donations.reset();
    identity.reset();
  }

  @AfterAll
  static void stopStubs() {
    donations.close();
    identity.close();
  }

  @Nested
  class Tokens {

    @Test
    void aRequestWithoutATokenPassesAsAnonymous() throws Exception {
      client.get().uri("/api/donations/totals").exchange().expectStatus().isOk();

      RecordedRequest received = donations.takeRequest();
      assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void aValidTokenPassesUnchangedToTheService() throws Exception {
      String token = TOKENS.token("donor-1", "DONOR");

      client
          .get()
          .uri("/api/donations/mine")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .exchange()
          .expectStatus()
          .isOk();

      assertThat(donations.takeRequest().header("Authorization")).isEqualTo("Bearer " + token);
    }

    static Stream<Arguments> brokenTokens() {
      return Stream.of(
          Arguments.of("tampered", TOKENS.tampered("donor-1", "FINANCE")),
          Arguments.of("expired", TOKENS.expired("donor-1", "DONOR")),
          Arguments.of("foreign key", TOKENS.signedByForeignKey("donor-1", "DONOR")),
          Arguments.of("other audience", TOKENS.forOtherAudience("donor-1", "DONOR")),
          Arguments.of("other issuer", TOKENS.fromOtherIssuer("donor-1", "DONOR")),
          Arguments.of("not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTokens")
    void aBadTokenIsRefusedWith401BeforeAnyRoute(String kind, String token) {
      client
          .get()
          .uri("/api/donations/totals")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("invalid_token"))
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:cishan:problem:unauthenticated")
          .jsonPath("$.status")
          .isEqualTo(401)
          .jsonPath("$.instance")
          .isEqualTo("/api/donations/totals");

      assertThat(donations.receivedNothing()).isTrue();
    }

    @Test
    void accountRequestsAreRoutedToTheIdentityService() throws Exception {
      client
          .post()
          .uri("/api/identity/donors")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{}")
          .exchange()
          .expectStatus()
          .isOk();

      assertThat(identity.takeRequest().pathAndQuery()).isEqualTo("/api/identity/donors");
    }

    @Test
    void rolesBecomeRoleAuthoritiesAsInTheServices() {
      Jwt jwt =
          Jwt.withTokenValue("t")
              .header("alg", "RS256")
              .subject("officer-1")
              .claim("roles", List.of("FINANCE", "AUDITOR"))
              .build();

      assertThat(tokenConverter.convert(jwt).block().getAuthorities())
          .extracting(GrantedAuthority::getAuthority)
          .containsExactlyInAnyOrder("ROLE_FINANCE", "ROLE_AUDITOR");
    }
  }

  @Nested
  class Headers {

    @Test
    void aProxiedAnswerCarriesTheSecurityHeadersAndKeepsTheServicesCacheControl() {
      donations.willAnswer(200, Map.of("Cache-Control", "public, max-age=60"), "{}");

      client
          .get()
          .uri("/api/donations/totals")
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals("Cache-Control", "public, max-age=60")
          .expectHeader()
          .valueEquals("X-Content-Type-Options", "nosniff")
          .expectHeader()
          .valueEquals("X-Frame-Options", "DENY")
          .expectHeader()
          .valueEquals("Referrer-Policy", "no-referrer")
          .expectHeader()
          .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
          .expectHeader()
          .exists("Permissions-Policy");
    }

    @Test
    void theGatewaysOwnProblemsCarryThemToo() {
      client
          .get()
          .uri("/nowhere")
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .valueEquals("X-Content-Type-Options", "nosniff")
          .expectHeader()
          .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
  }

  @Nested
  class Cors {

    @Test
    void aPortalOriginsPreflightIsAnsweredWithoutTokenOrService() {
      client
          .options()
          .uri("/api/donations")
          .header(HttpHeaders.ORIGIN, "https://portal.example.org")
          .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
          .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type")
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://portal.example.org")
          .expectHeader()
          .value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, v -> assertThat(v).contains("POST"))
          .expectHeader()
          .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

      assertThat(donations.receivedNothing()).isTrue();
    }

    @Test
    void anotherOriginsPreflightIsRefused() {
      client
          .options()
          .uri("/api/donations")
          .header(HttpHeaders.ORIGIN, "https://evil.example.com")
          .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
          .exchange()
          .expectStatus()
          .isForbidden()
          .expectHeader()
          .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

      assertThat(donations.receivedNothing()).isTrue();
    }

    @Test
    void anActualCrossOriginRequestExposesTheHeadersAPortalReads() throws Exception {
      client
          .method(HttpMethod.GET)
          .uri("/api/donations/totals")
          .header(HttpHeaders.ORIGIN, "https://portal.example.org")
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://portal.example.org")
          .expectHeader()
          .value(
              HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
              v -> assertThat(v).contains("Location").contains("Retry-After"));
      donations.takeRequest();
    }

    @Test
    void theServicesOwnCorsHeadersAreDroppedSoThePortalSeesTheGatewaysOnly() throws Exception {
      donations.willAnswer(
          200,
          Map.of(
              "Access-Control-Allow-Origin", "*",
              "Access-Control-Allow-Credentials", "true",
              "Access-Control-Expose-Headers", "X-Internal"),
          "{}");

      client
          .get()
          .uri("/api/donations/totals")
          .header(HttpHeaders.ORIGIN, "https://portal.example.org")
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .values(
              HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
              v -> assertThat(v).containsExactly("https://portal.example.org"))
          .expectHeader()
          .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)
          .expectHeader()
          .values(
              HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
              v -> assertThat(String.join(",", v)).doesNotContain("X-Internal"));
      donations.takeRequest();
    }

    @Test
    void aRefusedTokenStillCarriesCorsHeadersSoThePortalCanReadThe401() {
      client
          .get()
          .uri("/api/donations/mine")
          .header(HttpHeaders.ORIGIN, "https://portal.example.org")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.expired("donor-1", "DONOR"))
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://portal.example.org")
          .expectHeader()
          .valueEquals("X-Content-Type-Options", "nosniff");

      assertThat(donations.receivedNothing()).isTrue();
    }
  }
}

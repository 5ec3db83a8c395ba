package org.cishan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.cishan.gateway.RawHttpConnection.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every refusal of the gateway's own is a problem+json 4xx that never reaches a service: paths
 * Spring Security's firewall rejects, methods that are no REST methods, foreign origins. Requests
 * so malformed that reactor-netty refuses them before Spring sees them (a broken request line, a
 * line or headers too long) get its bare answer and a closed connection; they are pinned here so
 * that a change of that behaviour is noticed (see README, "Refusals").
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cishan.cors.allowed-origins=https://portal.example.org",
      "cishan.rate-limit.enabled=false"
    })
class GatewayRefusalsTest {

  static final StubBackend donations = StubBackend.start();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
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

  static Stream<Arguments> refusedByTheGateway() {
    return Stream.of(
        Arguments.of("GET /api/donations/%2e%2e/ledger/pool", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%2E%2E/x", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/..;/x", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/../ledger/pool", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations%2Ftotals", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations%2ftotals", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations;jsessionid=1", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%25", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%252e%252e", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%5c", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%00", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%0d%0a", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations//totals", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%ED%A0%80", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%C0%AE%C0%AE", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations/%FF", "", 400, "rejected-request"),
        Arguments.of("GET /api/donations?tag=%ED%A0%80", "", 400, "rejected-request"),
        Arguments.of("TRACE /api/donations", "", 405, "method-not-allowed"),
        Arguments.of("CONNECT /api/donations", "", 405, "method-not-allowed"),
        Arguments.of("FOO /api/donations", "", 405, "method-not-allowed"),
        Arguments.of("GET /api/donations", "Origin: https://evil.example", 403, "cors-rejected"),
        Arguments.of(
            "OPTIONS /api/donations",
            "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST",
            403,
            "cors-rejected"),
        Arguments.of(
            "OPTIONS /api/donations",
            "Origin: https://portal.example.org\r\nAccess-Control-Request-Method: TRACE",
            403,
            "cors-rejected"),
        Arguments.of("GET /api/nowhere", "", 404, "not-found"),
        Arguments.of("GET /", "", 404, "not-found"));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("refusedByTheGateway")
  void isAProblemOfTheGatewayThatNoServiceSees(
      String requestLine, String header, int status, String type) throws Exception {
    Answer answer = exchange(requestLine, header);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"type\":\"urn:cishan:problem:" + type + "\"")
        .contains("\"status\":" + status);
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(donations.receivedNothing()).isTrue();
  }

  /**
   * What reactor-netty (or Spring's adapter, for a request line that is no URI) answers itself,
   * before any filter of the gateway: a bare status, but the connection is never left hanging.
   */
  static Stream<Arguments> refusedByTheHttpServer() {
    return Stream.of(
        Arguments.of(
            "a raw backslash (no URI)", "GET /api/donations/a\\b HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Arguments.of(
            "a broken escape (no URI)", "GET /api/donations/%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Arguments.of(
            "a raw '|' (no URI)", "GET /api/donations/a|b HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Arguments.of("a request line without a version", "GET /api/donations\r\n\r\n", 400),
        Arguments.of(
            "a request line longer than 4096 bytes",
            "GET /api/donations/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            414),
        Arguments.of(
            "headers longer than 8192 bytes",
            "GET /api/donations HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n",
            431),
        Arguments.of(
            "a header name with a space",
            "GET /api/donations HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n",
            400),
        Arguments.of(
            "two Content-Length headers that disagree",
            "POST /api/donations HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n"
                + "\r\nab",
            400));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("refusedByTheHttpServer")
  void isRefusedByTheHttpServerAndTheConnectionNeverLeftHanging(String why, String raw, int status)
      throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, Duration.ofSeconds(5))) {
      Answer answer = connection.send(raw).read();

      assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
      Answer next;
      try {
        next = connection.send("GET /api/donations HTTP/1.1\r\nHost: x\r\n\r\n").read();
      } catch (java.net.SocketException closed) {
        next = Answer.CLOSED;
      }
      assertThat(next.closed() || next.status() == 200).as(next.toString()).isTrue();
    }
  }

  private Answer exchange(String requestLine, String header) throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, Duration.ofSeconds(5))) {
      return connection
          .send(
              requestLine
                  + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                  + (header.isEmpty() ? "" : header + "\r\n")
                  + "\r\n")
          .read();
    }
  }
}

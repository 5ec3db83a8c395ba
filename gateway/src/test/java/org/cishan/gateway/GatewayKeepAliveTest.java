package org.cishan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.cishan.gateway.RawHttpConnection.Answer;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request that the gateway refuses before reading its body (a bad token, a rejected path, a
 * foreign origin, no route) must not leave the connection in doubt: the request after it on the
 * same keep-alive connection is answered, or the connection is closed, never left hanging. Raw
 * sockets, since HTTP clients hide exactly this.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cishan.cors.allowed-origins=https://portal.example.org",
      "cishan.rate-limit.enabled=false"
    })
class GatewayKeepAliveTest {

  static final TestTokens TOKENS = TestTokens.shared();
  static final StubBackend projects = StubBackend.start();
  static final Duration HANGING = Duration.ofSeconds(5);
  static final String BODY = "{\"donorName\":\"" + "x".repeat(200) + "\"}";
  static final String NEXT =
      "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    TOKENS.register(registry);
    registry.add("cishan.routes.project-uri", projects::uri);
    registry.add("cishan.routes.donation-uri", projects::uri);
  }

  @BeforeEach
  void resetStub() {
    projects.reset();
    projects.willAnswer(200, java.util.Map.of("Content-Type", "application/json"), "[]");
  }

  @AfterAll
  static void stopStub() {
    projects.close();
  }

  /** Requests refused by the gateway itself before anything reads their body. */
  static Stream<Arguments> refusedEarly() {
    return Stream.of(
        Arguments.of("a bad token", "POST /api/donations", "Authorization: Bearer not-a-token"),
        Arguments.of("a rejected path", "POST /api/donations/%2e%2e/ledger", ""),
        Arguments.of("an encoded slash", "POST /api/donations%2Fx", ""),
        Arguments.of("a foreign origin", "POST /api/donations", "Origin: https://evil.example"),
        Arguments.of("no route", "POST /api/nowhere", ""));
  }

  @ParameterizedTest(name = "{0}, body with Content-Length")
  @MethodSource("refusedEarly")
  void theNextRequestAfterARefusalWithABodyIsAnsweredOrTheConnectionClosed(
      String why, String requestLine, String header) throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, HANGING)) {
      connection.send(
          request(requestLine, header, "Content-Length: " + BODY.length() + "\r\n") + BODY + NEXT);

      Answer refusal = connection.read();
      assertRefusedWithProblem(refusal);
      assertThat(refusal.header("Connection")).isEqualTo("close");
      assertThat(connection.read().closed()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}, chunked body")
  @MethodSource("refusedEarly")
  void theNextRequestAfterARefusalWithAChunkedBodyIsAnsweredOrTheConnectionClosed(
      String why, String requestLine, String header) throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, HANGING)) {
      String chunked = Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n";
      connection.send(
          request(requestLine, header, "Transfer-Encoding: chunked\r\n") + chunked + NEXT);

      assertRefusedWithProblem(connection.read());
      assertAnsweredOrClosed(connection.read());
    }
  }

  @ParameterizedTest(name = "{0}, the rest of the body after the answer")
  @MethodSource("refusedEarly")
  void theRestOfABodySentAfterTheRefusalIsNeverTakenForARequest(
      String why, String requestLine, String header) throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, HANGING)) {
      int half = BODY.length() / 2;
      connection.send(
          request(requestLine, header, "Content-Length: " + BODY.length() + "\r\n")
              + BODY.substring(0, half));
      assertRefusedWithProblem(connection.read());

      sendQuietly(connection, BODY.substring(half) + NEXT);
      assertAnsweredOrClosed(connection.read());
    }
  }

  /**
   * A client that asks {@code Expect: 100-continue} and gets a refusal instead of the go-ahead
   * rightly never sends the body (RFC 9110 §10.1.1) and sends its next request: the gateway must
   * not wait for the body that never comes and take the next request for it.
   */
  @ParameterizedTest(name = "{0}, Expect: 100-continue and no body")
  @MethodSource("refusedEarly")
  void theNextRequestAfterARefusedExpectContinueIsAnsweredOrTheConnectionClosed(
      String why, String requestLine, String header) throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, HANGING)) {
      connection.send(
          request(requestLine, header, "Content-Length: 1000\r\nExpect: 100-continue\r\n"));
      Answer refusal = connection.read();
      assertRefusedWithProblem(refusal);

      sendQuietly(connection, NEXT);
      assertAnsweredOrClosed(connection.read());
    }
  }

  /** The incident: a few in thousands hung, so many refusals in a row on one connection. */
  @Test
  void manyRefusalsWithBodiesInARowNeverLeaveARequestHanging() throws Exception {
    RawHttpConnection connection = new RawHttpConnection(port, HANGING);
    try {
      for (int i = 0; i < 300; i++) {
        String requestLine = i % 2 == 0 ? "POST /api/donations/%2e%2e/x" : "POST /api/donations";
        String header =
            switch (i % 6) {
              case 1 -> "Origin: https://evil.example";
              case 3 -> "Authorization: Bearer " + TOKENS.signedByForeignKey("d", "DONOR");
              case 5 -> "Authorization: Bearer " + TOKENS.tampered("d", "DONOR");
              default -> "";
            };
        boolean sent =
            sendQuietly(
                connection,
                request(requestLine, header, "Content-Length: " + BODY.length() + "\r\n")
                    + BODY
                    + NEXT);
        Answer refusal = sent ? connection.read() : Answer.CLOSED;
        Answer next = refusal.closed() ? Answer.CLOSED : connection.read();
        if (!refusal.closed()) {
          assertRefusedWithProblem(refusal);
        }
        assertAnsweredOrClosed(next);
        if (next.closed()) {
          connection.close();
          connection = new RawHttpConnection(port, HANGING);
        }
      }
    } finally {
      connection.close();
    }
  }

  @Test
  void aRequestWhoseBodyWasReadKeepsItsConnection() throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, HANGING)) {
      connection.send(
          request("POST /api/donations", "", "Content-Length: " + BODY.length() + "\r\n")
              + BODY
              + NEXT);

      Answer forwarded = connection.read();
      assertThat(forwarded.status()).isEqualTo(200);
      assertThat(forwarded.header("Connection")).isNull();
      assertThat(connection.read().status()).isEqualTo(200);
      assertThat(projects.takeRequest().body()).hasSize(BODY.length());
    }
  }

  @Test
  void aNormalRequestAfterANormalOneIsAnsweredOnTheSameConnection() throws Exception {
    try (RawHttpConnection connection = new RawHttpConnection(port, HANGING)) {
      connection.send(NEXT + NEXT);

      assertThat(connection.read().status()).isEqualTo(200);
      assertThat(connection.read().status()).isEqualTo(200);
    }
  }

  private static String request(String requestLine, String header, String framing) {
    return requestLine
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + (header.isEmpty() ? "" : header + "\r\n")
        + framing
        + "\r\n";
  }

  private static boolean sendQuietly(RawHttpConnection connection, String raw) {
    try {
      connection.send(raw);
      return true;
    } catch (java.io.IOException closedMeanwhile) {
      return false;
    }
  }

  private static void assertRefusedWithProblem(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
  }

  private static void assertAnsweredOrClosed(Answer answer) {
    if (!answer.closed()) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }
  }
}

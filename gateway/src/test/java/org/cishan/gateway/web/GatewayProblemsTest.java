package org.cishan.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.http.client.PrematureCloseException;

class GatewayProblemsTest {

  private final MockServerWebExchange exchange =
      MockServerWebExchange.from(MockServerHttpRequest.get("/api/donations/totals?x=1"));

  GatewayProblemsTest() {
    Route route =
        Route.async()
            .id("donation-service")
            .uri("http://127.0.0.1:8081")
            .predicate(e -> true)
            .build();
    exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
  }

  @Test
  void aServiceThatCannotBeReachedIsUnavailable() {
    ProblemDetail problem =
        GatewayProblems.of(
            new RuntimeException(new ConnectTimeoutException("timed out")), exchange);

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getType()).hasToString("urn:cishan:problem:service-unavailable");
    assertThat(problem.getProperties()).containsEntry("service", "donation-service");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/api/donations/totals"));
  }

  @Test
  void aServiceWhoseHostIsUnknownIsUnavailable() {
    assertThat(
            GatewayProblems.of(new UnknownHostException("donation-service"), exchange).getStatus())
        .isEqualTo(503);
  }

  @Test
  void aServiceThatDropsTheConnectionIsABadGateway() {
    ProblemDetail problem = GatewayProblems.of(PrematureCloseException.TEST_EXCEPTION, exchange);

    assertThat(problem.getStatus()).isEqualTo(502);
    assertThat(problem.getType()).hasToString("urn:cishan:problem:bad-gateway");
  }

  @Test
  void aServiceTooSlowToAnswerIsAGatewayTimeout() {
    ProblemDetail problem =
        GatewayProblems.of(
            new ResponseStatusException(
                HttpStatus.GATEWAY_TIMEOUT, "Response took longer", new TimeoutException()),
            exchange);

    assertThat(problem.getStatus()).isEqualTo(504);
    assertThat(problem.getDetail()).isEqualTo("donation-service did not answer in time");
  }

  @Test
  void aTokenWhoseIssuerKeysCannotBeFetchedIsUnavailableNotUnauthenticated() {
    ProblemDetail problem =
        GatewayProblems.of(
            new AuthenticationServiceException(
                "An error occurred while attempting to decode the Jwt",
                new IllegalStateException("Could not obtain the keys")),
            MockServerWebExchange.from(MockServerHttpRequest.get("/api/donations/mine")));

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getType()).hasToString("urn:cishan:problem:token-verification-unavailable");
    assertThat(problem.getDetail()).doesNotContain("decode").doesNotContain("keys");
    assertThat(problem.getProperties()).isNull();
  }

  @Test
  void anUnexpectedErrorIsA500WithoutItsInternals() {
    ProblemDetail problem =
        GatewayProblems.of(new IllegalStateException("secret internals"), exchange);

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getDetail()).doesNotContain("secret");
    assertThat(problem.getProperties()).containsEntry("service", "donation-service");
  }
}

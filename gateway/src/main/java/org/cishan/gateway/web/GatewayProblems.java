package org.cishan.gateway.web;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns what can go wrong in the gateway itself into RFC 7807 problems, typed like the services'
 * ({@code urn:cishan:problem:*}): no route (404), a service that cannot be reached (503), a service
 * that dropped the connection (502), a service too slow to answer (504), a bearer token that cannot
 * be checked because the issuer's keys cannot be fetched (503).
 */
final class GatewayProblems {

  private GatewayProblems() {}

  static ProblemDetail of(Throwable error, ServerWebExchange exchange) {
    String path = exchange.getRequest().getPath().value();
    String service = routeId(exchange);
    ProblemDetail problem =
        forError(error, exchange.getRequest().getMethod().name(), path, service);
    problem.setInstance(ProblemResponses.instance(exchange));
    if (service != null && problem.getStatus() >= 500) {
      problem.setProperty("service", service);
    }
    return problem;
  }

  private static ProblemDetail forError(
      Throwable error, String method, String path, String service) {
    if (causedBy(error, AuthenticationServiceException.class)) {
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "token-verification-unavailable",
          "Bearer tokens cannot be verified right now; try again later");
    }
    if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "service-unavailable",
          name(service) + " is not available; try again later");
    }
    if (causedBy(error, PrematureCloseException.class)) {
      return problem(
          HttpStatus.BAD_GATEWAY, "bad-gateway", name(service) + " closed the connection early");
    }
    if (error instanceof ResponseStatusException statusError) {
      HttpStatusCode status = statusError.getStatusCode();
      if (status.value() == HttpStatus.NOT_FOUND.value()) {
        return problem(status, "not-found", "No route for " + method + " " + path);
      }
      if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
        return problem(status, "gateway-timeout", name(service) + " did not answer in time");
      }
      return problem(status, "http-" + status.value(), statusError.getReason());
    }
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error in the gateway");
  }

  private static ProblemDetail problem(HttpStatusCode status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:cishan:problem:" + type));
    return problem;
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String routeId(ServerWebExchange exchange) {
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    return route == null ? null : route.getId();
  }

  private static String name(String service) {
    return service == null ? "The downstream service" : service;
  }
}

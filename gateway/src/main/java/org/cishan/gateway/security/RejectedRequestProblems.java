package org.cishan.gateway.security;

import java.util.Set;
import org.cishan.gateway.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request that Spring Security's firewall ({@code StrictServerWebExchangeFirewall})
 * rejects — an encoded {@code .}, {@code /}, {@code %} or {@code ;} in the path, a backslash or
 * NUL, a path that is not normalized, a header name or value with control characters, a method that
 * is not a REST method — with a problem+json instead of Spring Security's bare 400: 405 for the
 * method, 400 for the rest, typed {@code urn:cishan:problem:rejected-request}. The firewall runs
 * before every other filter, so the security headers are set here.
 */
final class RejectedRequestProblems implements ServerExchangeRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(RejectedRequestProblems.class);

  /** The methods the firewall lets through (its defaults). */
  static final Set<HttpMethod> ALLOWED_METHODS =
      Set.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.PATCH,
          HttpMethod.DELETE,
          HttpMethod.OPTIONS);

  private final ProblemResponses problems;

  RejectedRequestProblems(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(rejected);
    }
    log.debug("Request rejected by the firewall: {}", rejected.getMessage());
    HttpHeaders headers = exchange.getResponse().getHeaders();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Content-Security-Policy", GatewaySecurityConfig.CONTENT_SECURITY_POLICY);
    headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
    ProblemDetail problem;
    if (!ALLOWED_METHODS.contains(exchange.getRequest().getMethod())) {
      headers.setAllow(ALLOWED_METHODS);
      problem =
          ProblemResponses.problem(
              HttpStatus.METHOD_NOT_ALLOWED,
              "method-not-allowed",
              "The HTTP method is not allowed here",
              exchange);
    } else {
      problem =
          ProblemResponses.problem(
              HttpStatus.BAD_REQUEST,
              "rejected-request",
              "The request was rejected: its path or headers contain characters or sequences that"
                  + " are not allowed (encoded '.', '/', '%', ';', backslash, control characters)",
              exchange);
      problem.setInstance(null);
    }
    return problems.write(exchange, problem);
  }
}

package org.cishan.gateway.security;

import org.cishan.gateway.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring's {@code CorsWebFilter} with one change: a cross-origin request that the configuration
 * refuses (another origin, method or header) is a 403 problem+json ({@code
 * urn:cishan:problem:cors-rejected}) instead of a bare 403 without a body. A valid preflight is
 * answered here alone; anything else goes on.
 */
final class ProblemCorsWebFilter implements WebFilter {

  private final CorsConfigurationSource source;
  private final ProblemResponses problems;
  private final CorsProcessor processor = new DefaultCorsProcessor();

  ProblemCorsWebFilter(CorsConfigurationSource source, ProblemResponses problems) {
    this.source = source;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    CorsConfiguration configuration = source.getCorsConfiguration(exchange);
    if (!processor.process(configuration, exchange)) {
      return problems.write(
          exchange,
          ProblemResponses.problem(
              HttpStatus.FORBIDDEN,
              "cors-rejected",
              "Cross-origin request refused: its origin, method or headers are not allowed",
              exchange));
    }
    if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
      return Mono.empty();
    }
    return chain.filter(exchange);
  }
}

package org.cishan.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers every error raised in the gateway itself as {@code application/problem+json}, like the
 * services behind it do. Runs before Boot's default handler (order -1). Problems that a service
 * answered are relayed untouched by the routes and never reach this handler.
 */
@Component
@Order(-2)
class ProblemJsonErrorHandler implements ErrorWebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemJsonErrorHandler.class);

  private final ProblemResponses problems;

  ProblemJsonErrorHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.error(error);
    }
    ProblemDetail problem = GatewayProblems.of(error, exchange);
    logProblem(problem, error);
    return problems.write(exchange, problem);
  }

  private static void logProblem(ProblemDetail problem, Throwable error) {
    if (problem.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
      log.error("{} {}", problem.getInstance(), problem.getDetail(), error);
    } else if (problem.getStatus() >= 500) {
      log.warn("{} {}: {}", problem.getInstance(), problem.getDetail(), error.toString());
    } else {
      log.debug("{} {}: {}", problem.getInstance(), problem.getDetail(), error.toString());
    }
  }
}

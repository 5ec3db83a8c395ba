package org.cishan.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a problem the gateway answers itself (no route, a service down, a bad token, a rate limit)
 * as {@code application/problem+json}, typed {@code urn:cishan:problem:*} like the services'
 * problems.
 */
@Component
public class ProblemResponses {

  private final ObjectMapper objectMapper;

  public ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** A problem of {@code status} with type {@code urn:cishan:problem:<type>} for this request. */
  public static ProblemDetail problem(
      HttpStatusCode status, String type, String detail, ServerWebExchange exchange) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:cishan:problem:" + type));
    problem.setInstance(instance(exchange));
    return problem;
  }

  /**
   * The request's path as the problem's {@code instance}, or none when the path is no valid URI
   * reference (a hostile path must not turn a refusal into an error).
   */
  public static URI instance(ServerWebExchange exchange) {
    try {
      return URI.create(exchange.getRequest().getPath().value());
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  /**
   * Writes the problem as the whole answer. When the request came with a body, the answer also
   * closes the connection ({@code Connection: close}): a refusal of the gateway's own (a bad token,
   * a rejected path, a foreign origin, a rate limit, no route) is written before anything read that
   * body, and the bytes still on their way must never be parsed as the next request of a reused
   * connection nor leave it waiting for them.
   */
  public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
    ServerHttpResponse response = exchange.getResponse();
    byte[] body;
    try {
      body = objectMapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return Mono.error(e);
    }
    response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    response.getHeaders().setContentLength(body.length);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}

package org.cishan.gateway.security;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway answers CORS for every route, so a service's own {@code Access-Control-*} headers are
 * dropped from its answers: the gateway would otherwise add them next to its own (a browser refuses
 * two {@code Access-Control-Allow-Origin} values) and a service could widen what the gateway
 * allows.
 */
final class ServiceCorsHeadersFilter implements HttpHeadersFilter {

  private static final String CORS_PREFIX = "Access-Control-";

  @Override
  public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
    HttpHeaders kept = new HttpHeaders();
    input.forEach(
        (name, values) -> {
          if (!name.regionMatches(true, 0, CORS_PREFIX, 0, CORS_PREFIX.length())) {
            kept.addAll(name, values);
          }
        });
    return kept;
  }

  @Override
  public boolean supports(Type type) {
    return type == Type.RESPONSE;
  }
}

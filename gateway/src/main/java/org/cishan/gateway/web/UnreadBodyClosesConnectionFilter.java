package org.cishan.gateway.web;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An answer sent before the request's body was read to its end closes the connection ({@code
 * Connection: close}). That happens to every refusal of the gateway's own (firewall, CORS, a bad
 * token, a rate limit, no route) and to a service that answers before it has read what it was sent.
 * The rest of such a body is still on its way: on a reused keep-alive connection it would be taken
 * for the next request or keep the connection waiting for it, and reactor-netty has known races
 * when a request arrives while the previous one is still being torn down. Closing costs the client
 * one new connection after a refusal; a request whose body was read keeps its connection. Runs
 * first, before Spring Security's firewall.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadBodyClosesConnectionFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    HttpHeaders headers = exchange.getRequest().getHeaders();
    if (headers.getContentLength() <= 0 && !headers.containsKey(HttpHeaders.TRANSFER_ENCODING)) {
      return chain.filter(exchange);
    }
    AtomicBoolean readToTheEnd = new AtomicBoolean();
    ServerHttpRequest request =
        new ServerHttpRequestDecorator(exchange.getRequest()) {
          @Override
          public Flux<DataBuffer> getBody() {
            return super.getBody().doOnComplete(() -> readToTheEnd.set(true));
          }
        };
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              if (!readToTheEnd.get()) {
                exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
              }
              return Mono.empty();
            });
    return chain.filter(exchange.mutate().request(request).build());
  }
}

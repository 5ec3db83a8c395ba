package org.cishan.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose path or query percent-encodes something that is no UTF-8 ({@code
 * %ED%A0%80}, a lone surrogate; {@code %C0%AE}, an over-long dot; {@code %FF}) or has a broken
 * escape ({@code %zz}, a trailing {@code %}), with the firewall's 400 problem. The services' Tomcat
 * would answer such a path with an HTML error page before any of their own code runs; the firewall
 * itself does not look at encodings.
 */
final class PathEncodingFilter implements WebFilter {

  private final ServerExchangeRejectedHandler rejected;

  PathEncodingFilter(ServerExchangeRejectedHandler rejected) {
    this.rejected = rejected;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getURI().getRawPath();
    String query = exchange.getRequest().getURI().getRawQuery();
    if (isUtf8(path) && (query == null || isUtf8(query.replace('+', ' ')))) {
      return chain.filter(exchange);
    }
    return rejected.handle(
        exchange,
        new ServerExchangeRejectedException(
            "The request was rejected because its path or query is not percent-encoded UTF-8"));
  }

  /** Whether the percent-encoded text decodes to valid UTF-8. */
  static boolean isUtf8(String encoded) {
    if (encoded == null || encoded.indexOf('%') < 0) {
      return true;
    }
    ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 3);
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()
            || Character.digit(encoded.charAt(i + 1), 16) < 0
            || Character.digit(encoded.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.put((byte) Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }
}

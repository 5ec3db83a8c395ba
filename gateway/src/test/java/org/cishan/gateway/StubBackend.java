package org.cishan.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a service behind the gateway: a JDK HTTP server on a random port that records
 * every request it receives and answers with a canned response.
 */
final class StubBackend implements AutoCloseable {

  /** What the stub saw: method, raw path and query, headers and body. */
  record RecordedRequest(String method, String pathAndQuery, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** What the stub answers. */
  record CannedResponse(int status, Map<String, String> headers, byte[] body) {}

  private final HttpServer server;
  private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private volatile CannedResponse response = new CannedResponse(200, Map.of(), new byte[0]);

  private StubBackend(HttpServer server) {
    this.server = server;
  }

  static StubBackend start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      StubBackend stub = new StubBackend(server);
      server.createContext("/", stub::handle);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException("stub backend could not start", e);
    }
  }

  String uri() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void willAnswer(int status, Map<String, String> headers, String body) {
    response =
        new CannedResponse(status, headers, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The oldest request not yet taken; fails if none arrives within five seconds. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the stub backend at " + uri() + " received no request");
    }
    return request;
  }

  boolean receivedNothing() {
    return requests.isEmpty();
  }

  void reset() {
    requests.clear();
    willAnswer(200, Map.of(), "");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String query = exchange.getRequestURI().getRawQuery();
      String pathAndQuery =
          exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
      requests.add(
          new RecordedRequest(
              exchange.getRequestMethod(), pathAndQuery, exchange.getRequestHeaders(), body));
      CannedResponse canned = response;
      canned.headers().forEach(exchange.getResponseHeaders()::add);
      exchange.sendResponseHeaders(
          canned.status(), canned.body().length == 0 ? -1 : canned.body().length);
      if (canned.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(canned.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

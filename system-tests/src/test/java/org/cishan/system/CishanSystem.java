package org.cishan.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cishan.support.testing.AuthorizationCodeFlow;
import org.cishan.support.testing.TestDatabase;

/**
 * The whole system for end-to-end tests: identity-, donation-, project- and content-service and the
 * gateway, each started from its jar as its own process against fresh PostgreSQL databases and the
 * given Kafka broker. identity-service issues the tokens (demo accounts on) and every other service
 * verifies them. Tests talk to it through the gateway; they sign in at identity-service, as a
 * portal does, and reach a service directly only to prove that bypassing the gateway gains nothing.
 */
final class CishanSystem implements AutoCloseable {

  /** The portal client's registered callback (identity-service's default). */
  static final URI PORTAL_CALLBACK = URI.create("http://127.0.0.1:8080/portal/callback");

  private final List<ServiceProcess> services = new ArrayList<>();
  private final Map<String, ServiceProcess> byModule = new HashMap<>();
  private ServiceProcess gateway;
  private ServiceProcess identity;

  static CishanSystem start(String kafkaBrokers) {
    CishanSystem system = new CishanSystem();
    try {
      system.startAll(kafkaBrokers);
      return system;
    } catch (RuntimeException | IOException e) {
      system.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  private void startAll(String kafkaBrokers) throws IOException {
    int identityPort = freePort();
    String issuer = "http://127.0.0.1:" + identityPort;
    Map<String, String> gatewayEnv = new HashMap<>();
    gatewayEnv.put("CISHAN_ISSUER_URI", issuer);
    // All requests of the tests come from one address and a few accounts: no rate limits.
    for (String limit : List.of("ANONYMOUS", "AUTHENTICATED")) {
      gatewayEnv.put("CISHAN_RATE_LIMIT_" + limit + "_CAPACITY", "1000000");
      gatewayEnv.put("CISHAN_RATE_LIMIT_" + limit + "_PER_SECOND", "1000000");
    }
    for (String module :
        List.of("identity-service", "donation-service", "project-service", "content-service")) {
      String shortName = module.substring(0, module.indexOf('-'));
      TestDatabase database = TestDatabase.fresh("cishan_e2e_" + shortName);
      Map<String, String> env = new HashMap<>();
      env.put("CISHAN_DB_NAME", database.name());
      env.put("CISHAN_KAFKA_BROKERS", kafkaBrokers);
      env.put("CISHAN_ISSUER_URI", issuer);
      if (module.equals("identity-service")) {
        env.put("CISHAN_DEMO_ACCOUNTS", "true");
        env.put("CISHAN_PASSWORD_HASH_STRENGTH", "10");
      }
      int port = module.equals("identity-service") ? identityPort : freePort();
      ServiceProcess service = ServiceProcess.start(module, port, env);
      services.add(service);
      byModule.put(module, service);
      gatewayEnv.put("CISHAN_" + shortName.toUpperCase() + "_URI", service.uri("").toString());
    }
    identity = byModule.get("identity-service");
    gateway = ServiceProcess.start("gateway", freePort(), gatewayEnv);
    services.add(gateway);
    for (ServiceProcess service : services) {
      await(service.name() + " ready")
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(500))
          .until(service::isReady);
    }
  }

  /** An address on the gateway, the only entry the portal frontends use. */
  URI gateway(String path) {
    return gateway.uri(path);
  }

  /** An address on one service itself, behind the gateway's back. */
  URI direct(String module, String path) {
    return byModule.get(module).uri(path);
  }

  /**
   * A real access token of {@code login}, from identity-service's authorization code flow with PKCE
   * through its login form, as the portal client.
   */
  String signIn(String login, String password) {
    return AuthorizationCodeFlow.of(identity.uri(""), "cishan-portal", PORTAL_CALLBACK)
        .login(login, password)
        .accessToken();
  }

  /** The end of every service's log, for the report of a failed test. */
  String logTails() {
    StringBuilder tails = new StringBuilder();
    services.forEach(service -> tails.append(service.tailOfLog()).append('\n'));
    return tails.toString();
  }

  @Override
  public void close() {
    services.forEach(ServiceProcess::stop);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

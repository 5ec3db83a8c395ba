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
import org.cishan.support.testing.TestDatabase;

/**
 * The whole system for end-to-end tests: donation-, project- and content-service and the gateway,
 * each started from its jar as its own process against fresh PostgreSQL databases and the given
 * Kafka broker. Tests talk to it only through the gateway (and Kafka, to check what was published).
 */
final class CishanSystem implements AutoCloseable {

  private final List<ServiceProcess> services = new ArrayList<>();
  private ServiceProcess gateway;

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
    Map<String, String> uris = new HashMap<>();
    for (String module : List.of("donation-service", "project-service", "content-service")) {
      String shortName = module.substring(0, module.indexOf('-'));
      TestDatabase database = TestDatabase.fresh("cishan_e2e_" + shortName);
      Map<String, String> env = new HashMap<>();
      env.put("CISHAN_DB_NAME", database.name());
      env.put("CISHAN_KAFKA_BROKERS", kafkaBrokers);
      ServiceProcess service = ServiceProcess.start(module, freePort(), env);
      services.add(service);
      uris.put("CISHAN_" + shortName.toUpperCase() + "_URI", service.uri("").toString());
    }
    gateway = ServiceProcess.start("gateway", freePort(), uris);
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

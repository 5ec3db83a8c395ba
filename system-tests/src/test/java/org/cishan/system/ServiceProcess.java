package org.cishan.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Cishan service started from its built jar as a separate JVM, the way it runs in production:
 * configured only through environment variables, logging to {@code target/e2e-logs/<name>.log}.
 */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ServiceProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static ServiceProcess start(String module, int port, Map<String, String> env) throws IOException {
    Path root = Path.of(System.getProperty("cishan.root", ".."));
    String version = System.getProperty("cishan.version", "0.1.0-SNAPSHOT");
    Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the build with `./mvnw -B verify`");
    }
    Path log = Path.of("target", "e2e-logs", module + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx320m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Daxoniq.update-checker.disabled=true",
            "-jar",
            jar.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("PORT", Integer.toString(port));
    return new ServiceProcess(module, port, log, builder.start());
  }

  String name() {
    return name;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** True once the readiness probe answers UP; fails at once if the process died. */
  boolean isReady() {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + tailOfLog());
    }
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGTERM, then a bounded wait for a graceful shutdown, then SIGKILL. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  String tailOfLog() {
    try {
      List<String> lines = Files.readAllLines(log);
      return "\n--- last lines of "
          + log
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return " (no log: " + e + ")";
    }
  }
}

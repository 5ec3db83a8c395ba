import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Donation intake through the gateway: N online gifts POSTed by C concurrent clients, each a fresh
 * id; prints throughput, latency percentiles and the status codes and, on Linux, the CPU time each
 * local process (the services, Kafka, PostgreSQL, this client) spent per donation — on a machine
 * that runs everything, the sum bounds the throughput. Not part of the test suite.
 *
 * <pre>
 *   CISHAN_RATE_LIMIT_ANONYMOUS_PER_SECOND=1000000 CISHAN_RATE_LIMIT_ANONYMOUS_CAPACITY=1000000 \
 *     ./run-local.sh --no-demo        # in one terminal (lift the per-address limit: one client)
 *   java benchmarks/IntakeBenchmark.java [donations=20000] [clients=32] [gateway=http://127.0.0.1:8080]
 * </pre>
 */
public class IntakeBenchmark {

  public static void main(String[] args) throws Exception {
    int donations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    URI target = URI.create((args.length > 2 ? args[2] : "http://127.0.0.1:8080") + "/api/donations");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    System.out.printf("warming up (%d donations)...%n", Math.min(2_000, donations / 5));
    run(http, target, Math.min(2_000, donations / 5), clients);
    System.out.printf("measuring %d donations with %d concurrent clients...%n", donations, clients);
    Map<String, Long> cpuBefore = CpuTime.byProcess();
    Result result = run(http, target, donations, clients);
    Map<String, Long> cpuAfter = CpuTime.byProcess();
    long[] latencies = result.latenciesNanos;
    Arrays.sort(latencies);
    double seconds = result.elapsedNanos / 1e9;
    System.out.printf(
        "%d donations in %.2f s = %.0f donations/s%n", donations, seconds, donations / seconds);
    System.out.printf(
        "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
        percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
        latencies[latencies.length - 1] / 1e6);
    System.out.println("status codes: " + new TreeMap<>(result.statuses));
    CpuTime.print(cpuBefore, cpuAfter, donations);
    System.exit(0);
  }

  record Result(long elapsedNanos, long[] latenciesNanos, Map<Integer, Integer> statuses) {}

  static Result run(HttpClient http, URI target, int donations, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[donations];
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            try {
              for (int i = next.getAndIncrement(); i < donations; i = next.getAndIncrement()) {
                HttpRequest request =
                    HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"donationId\":\"%s\",\"donorName\":\"压测\",\"amount\":{\"minorUnits\":%d,\"currency\":\"CNY\"}}"
                                    .formatted(UUID.randomUUID(), 100 + i % 10_000)))
                        .build();
                long sent = System.nanoTime();
                int status;
                try {
                  status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                  status = -1;
                }
                latencies[i] = System.nanoTime() - sent;
                statuses.merge(status, 1, Integer::sum);
              }
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return new Result(elapsed, latencies, statuses);
  }

  static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  /** CPU time (user + system) of the local processes, from /proc; empty where there is none. */
  static final class CpuTime {

    private static final List<String> NAMES =
        List.of(
            "donation-service",
            "project-service",
            "content-service",
            "identity-service",
            "gateway",
            "kafka",
            "postgres",
            "IntakeBenchmark");

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    static Map<String, Long> byProcess() {
      Map<String, Long> ticks = new TreeMap<>();
      Path proc = Path.of("/proc");
      if (!Files.isDirectory(proc)) {
        return ticks;
      }
      try (var pids = Files.list(proc)) {
        pids.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
            .forEach(
                pid -> {
                  try {
                    String cmdline =
                        Files.readString(pid.resolve("cmdline")).replace('\0', ' ');
                    String name =
                        NAMES.stream().filter(cmdline::contains).findFirst().orElse(null);
                    if (name == null) {
                      return;
                    }
                    String stat = Files.readString(pid.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    ticks.merge(name, used, Long::sum);
                  } catch (IOException | RuntimeException gone) {
                    // the process ended, or is not ours to read
                  }
                });
      } catch (IOException e) {
        return ticks;
      }
      return ticks;
    }

    static void print(Map<String, Long> before, Map<String, Long> after, int donations) {
      if (after.isEmpty()) {
        return;
      }
      System.out.println("CPU ms per donation (user + system):");
      double total = 0;
      for (Map.Entry<String, Long> process : after.entrySet()) {
        long used = process.getValue() - before.getOrDefault(process.getKey(), 0L);
        double msPerDonation = used / TICKS_PER_SECOND * 1000 / donations;
        total += msPerDonation;
        System.out.printf("  %-18s %6.2f%n", process.getKey(), msPerDonation);
      }
      System.out.printf(
          "  %-18s %6.2f  (%d cores: at most ~%.0f donations/s on this machine)%n",
          "total",
          total,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors() * 1000 / total);
    }
  }
}

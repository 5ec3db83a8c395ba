package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The base of the end-to-end tests: the whole system ({@link SharedSystem}, started once for all
 * classes) — all five services as separate processes against PostgreSQL and a real (in-JVM KRaft)
 * Kafka broker — and what a portal does with it through the gateway. Tokens are real ones from
 * identity-service's sign-in with the demo accounts, signed in once per test class.
 */
@ExtendWith(SharedSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  CishanSystem system;
  EmbeddedKafkaBroker kafka;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  @BeforeAll
  void connect(SharedSystem.Running running) {
    system = running.system();
    kafka = running.kafka();
  }

  /** Finance pays {@code fen} of the project's allocated money to its implementing partner. */
  HttpResponse<String> disburse(String projectId, long fen, String partner) throws Exception {
    return post(
        system.gateway("/api/ledger/projects/" + projectId + "/disbursements"),
        tokenOf("finance"),
        Map.of(
            "disbursementId",
            UUID.randomUUID().toString(),
            "amount",
            Map.of("minorUnits", fen, "currency", "CNY"),
            "partner",
            partner,
            "voucherReference",
            "记-2026-" + projectId.substring(0, 8)));
  }

  /** Cash recorded by finance (confirmed at once), restricted to {@code projectId} or not. */
  String cashGift(long fen, String projectId) throws Exception {
    String id = UUID.randomUUID().toString();
    Map<String, Object> body = new HashMap<>();
    body.put("donationId", id);
    body.put("donorName", "捐赠人");
    body.put("amount", Map.of("minorUnits", fen, "currency", "CNY"));
    body.put("channel", "CASH");
    if (projectId != null) {
      body.put("projectId", projectId);
      awaitKnownToLedger(projectId);
    }
    assertAnswered(post(system.gateway("/api/donations"), tokenOf("finance"), body), 201);
    return id;
  }

  /**
   * A gift can be restricted only to a project the ledger knows (ADR 9), and the ledger learns a
   * new project from project-service's event on Kafka, a moment after the project was created.
   */
  void awaitKnownToLedger(String projectId) {
    await("the ledger learned project " + projectId)
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(get("/api/ledger/projects/" + projectId).statusCode()).isEqualTo(200));
  }

  /**
   * The project officer describes the draft and approves it through the gateway; project-service
   * announces it on project.project-events, and the ledger then takes allocations for it.
   */
  void approveInTheLedger(String projectId) throws Exception {
    String officer = tokenOf("project-officer");
    HttpResponse<String> described =
        HTTP.send(
            authorized(
                    HttpRequest.newBuilder(
                        system.gateway("/api/projects/" + projectId + "/details")),
                    officer)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of(
                                "category", "RELOCATION_COMMUNITY",
                                "province", "湖南省",
                                "city", "常德市",
                                "county", "石门县",
                                "partnerOrganisation", "石门县移民安置办",
                                "plannedStart", "2026-04-01",
                                "plannedEnd", "2027-03-31",
                                "approvalReference", "YM-2026-01"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertAnswered(described, 200);
    assertAnswered(
        post(
            system.gateway("/api/projects/" + projectId + "/status"),
            officer,
            Map.of("status", "APPROVED", "reason", "理事会批准立项")),
        200);
    await("the ledger learned the approval")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode project = getJson("/api/ledger/projects/" + projectId);
              assertThat(project.get("status").asText()).isEqualTo("APPROVED");
              assertThat(project.get("code").asText()).isEqualTo("YM-2026-01");
            });
  }

  JsonNode ledgerFunding(String projectId) throws Exception {
    for (JsonNode money : getJson("/api/ledger/projects/" + projectId).get("money")) {
      if (money.get("currency").asText().equals("CNY")) {
        return money;
      }
    }
    throw new AssertionError("the ledger has no CNY for project " + projectId);
  }

  static void assertAnswered(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  String createProject(String title, long targetFen) throws Exception {
    HttpResponse<String> created =
        post(
            system.gateway("/api/projects"),
            tokenOf("project-officer"),
            Map.of(
                "title",
                title,
                "description",
                "End-to-end test project",
                "fundraisingTarget",
                Map.of("minorUnits", targetFen, "currency", "CNY")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("projectId").asText();
  }

  /** A token of the demo account of {@code role} (e.g. "project-officer"), signed in once. */
  String tokenOf(String role) {
    return tokens.computeIfAbsent(
        role, r -> system.signIn(r + "@demo.cishan.org", "demo-" + r + "-pass"));
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    return getJson(path, null);
  }

  JsonNode getJson(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> response = get(system.gateway(path), token);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(system.gateway(path), null);
  }

  static HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
    return HTTP.send(
        authorized(HttpRequest.newBuilder(uri), token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
    return post(system.gateway(path), null, body);
  }

  static HttpResponse<String> post(URI uri, String token, Object body)
      throws IOException, InterruptedException {
    return HTTP.send(
        authorized(HttpRequest.newBuilder(uri), token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}

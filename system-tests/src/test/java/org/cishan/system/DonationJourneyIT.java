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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A donation travels from the portal's entry (the gateway) through the ledger and Kafka into
 * project-service, and a new project becomes a draft in the news centre; who may do what is
 * enforced at the gateway and again by each service. All five services run as separate processes
 * against PostgreSQL and a real (in-JVM KRaft) Kafka broker; tokens are real ones from
 * identity-service's sign-in with the demo accounts.
 */
@EmbeddedKafka(
    kraft = true,
    partitions = 3,
    topics = {Topics.DONATION_EVENTS, Topics.PROJECT_EVENTS})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DonationJourneyIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private CishanSystem system;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  @RegisterExtension
  final TestWatcher printLogsOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (system != null) {
            LoggerFactory.getLogger(DonationJourneyIT.class).error(system.logTails());
          }
        }
      };

  @BeforeAll
  void startSystem() {
    system = CishanSystem.start(EmbeddedKafkaCondition.getBroker().getBrokersAsString());
  }

  @AfterAll
  void stopSystem() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  void aConfirmedDonationRaisesItsProjectThroughKafkaAndTheGateway() throws Exception {
    String projectId = createProject("花卉种植合作社 Flower-growing cooperative", 2_000_000);
    String donationId = UUID.randomUUID().toString();

    HttpResponse<String> donated =
        post(
            "/api/donations",
            Map.of(
                "donationId",
                donationId,
                "donorName",
                "李华",
                "amount",
                Map.of("minorUnits", 12_345, "currency", "CNY"),
                "projectId",
                projectId));

    assertThat(donated.statusCode()).as(donated.body()).isEqualTo(201);
    assertThat(JSON.readTree(donated.body()).get("status").asText()).isEqualTo("PENDING");
    HttpResponse<String> confirmed =
        post(
            system.gateway("/api/donations/" + donationId + "/confirm"),
            tokenOf("finance"),
            Map.of());
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    await("project's raised amount through the gateway")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode project = getJson("/api/projects/" + projectId);
              assertThat(project.at("/raised/minorUnits").asLong()).isEqualTo(12_345);
              assertThat(project.at("/donationCount").asInt()).isEqualTo(1);
            });
    List<ConsumerRecord<String, String>> published =
        new KafkaTopics(EmbeddedKafkaCondition.getBroker())
            .recordsWithKey(Topics.DONATION_EVENTS, donationId, 2, Duration.ofSeconds(30));
    assertThat(published).hasSize(2);
    JsonNode received = JSON.readTree(published.get(0).value());
    JsonNode confirmation = JSON.readTree(published.get(1).value());
    assertThat(received.get("type").asText()).isEqualTo("DonationReceived.v1");
    assertThat(confirmation.get("type").asText()).isEqualTo("DonationConfirmed.v1");
    assertThat(confirmation.get("donationId").asText()).isEqualTo(donationId);
    assertThat(confirmation.get("projectId").asText()).isEqualTo(projectId);
    assertThat(confirmation.at("/amount/minorUnits").asLong()).isEqualTo(12_345);
    await("public totals through the gateway")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(getJson("/api/donations/totals").get("donationCount").asLong())
                    .isGreaterThanOrEqualTo(1));
  }

  @Test
  void aNewProjectBecomesADraftProjectUpdateInTheNewsCentre() throws Exception {
    String projectId = createProject("敬老院改造 Elderly home renovation", 50_000_000);

    await("a draft project update for the new project")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode page =
                  getJson("/api/content/articles?projectId=" + projectId, tokenOf("editor"));
              assertThat(page.get("items")).hasSize(1);
              assertThat(page.at("/items/0/status").asText()).isEqualTo("DRAFT");
              assertThat(page.at("/items/0/category").asText()).isEqualTo("PROJECT_UPDATE");
            });
  }

  @Test
  void anInvalidDonationIsRefusedThroughTheGatewayWithAProblemNamingTheField() throws Exception {
    HttpResponse<String> refused =
        post(
            "/api/donations",
            Map.of(
                "donationId", UUID.randomUUID().toString(),
                "donorName", "王芳",
                "amount", Map.of("minorUnits", 0, "currency", "CNY")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("amount.minorUnits");
  }

  @Test
  void anUnknownProjectIsA404ProblemThroughTheGateway() throws Exception {
    HttpResponse<String> missing = get("/api/projects/" + UUID.randomUUID());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Nested
  class TheFrontDoor {

    @Test
    void aSignedInDonorGivesAndFindsTheGiftAmongTheirOwn() throws Exception {
      String donor = tokenOf("donor");
      String donationId = UUID.randomUUID().toString();

      HttpResponse<String> donated =
          post(system.gateway("/api/donations"), donor, donationBody(donationId));

      assertThat(donated.statusCode()).as(donated.body()).isEqualTo(201);
      await("the gift in the donor's own list")
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(
                          getJson("/api/donations/mine", donor)
                              .get("items")
                              .findValuesAsText("donationId"))
                      .contains(donationId));
      assertThat(getJson("/api/identity/me", donor).get("login").asText())
          .isEqualTo("donor@demo.cishan.org");
      assertProblem(get(system.gateway("/api/donations/" + donationId), tokenOf("editor")), 403);
    }

    @Test
    void onlyProjectOfficersCreateProjects() throws Exception {
      URI projects = system.gateway("/api/projects");

      assertProblem(post(projects, null, projectBody()), 401);
      assertProblem(post(projects, tokenOf("donor"), projectBody()), 403);
      assertProblem(post(projects, tokenOf("admin"), projectBody()), 403);
      assertThat(post(projects, tokenOf("project-officer"), projectBody()).statusCode())
          .isEqualTo(201);
    }

    @Test
    void aRequestThatBypassesTheGatewayIsRefusedTheSameWay() throws Exception {
      URI direct = system.direct("project-service", "/api/projects");

      assertProblem(post(direct, null, projectBody()), 401);
      assertProblem(post(direct, tokenOf("donor"), projectBody()), 403);
      String forged = TestTokens.tamper(tokenOf("donor"), "PROJECT_OFFICER");
      assertProblem(post(direct, forged, projectBody()), 401);
    }

    @Test
    void aTamperedTokenIsRefusedAtTheGatewayEvenForPublicReading() throws Exception {
      String forged = TestTokens.tamper(tokenOf("donor"), "FINANCE", "AUDITOR");

      HttpResponse<String> refused = get(system.gateway("/api/donations/totals"), forged);

      assertProblem(refused, 401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
    }
  }

  private String createProject(String title, long targetFen) throws Exception {
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
  private String tokenOf(String role) {
    return tokens.computeIfAbsent(
        role, r -> system.signIn(r + "@demo.cishan.org", "demo-" + r + "-pass"));
  }

  private static Map<String, Object> projectBody() {
    return Map.of(
        "title",
        "访问控制 Access control",
        "description",
        "End-to-end test project",
        "fundraisingTarget",
        Map.of("minorUnits", 100_000, "currency", "CNY"));
  }

  private static Map<String, Object> donationBody(String donationId) {
    return Map.of(
        "donationId",
        donationId,
        "donorName",
        "张三",
        "amount",
        Map.of("minorUnits", 800, "currency", "CNY"));
  }

  private JsonNode getJson(String path) throws IOException, InterruptedException {
    return getJson(path, null);
  }

  private JsonNode getJson(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> response = get(system.gateway(path), token);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(system.gateway(path), null);
  }

  private static HttpResponse<String> get(URI uri, String token)
      throws IOException, InterruptedException {
    return HTTP.send(
        authorized(HttpRequest.newBuilder(uri), token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Object body)
      throws IOException, InterruptedException {
    return post(system.gateway(path), null, body);
  }

  private static HttpResponse<String> post(URI uri, String token, Object body)
      throws IOException, InterruptedException {
    return HTTP.send(
        authorized(HttpRequest.newBuilder(uri), token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}

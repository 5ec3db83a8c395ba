package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
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
    topics = {Topics.DONATION_EVENTS, Topics.PROJECT_EVENTS, Topics.PROJECT_FUND_EVENTS})
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

  /**
   * The news centre through the gateway: an editor uploads a photo (multipart, passed through
   * unchanged), writes and publishes an article with it, and the public reads it by slug and
   * fetches the photo, revalidating by ETag; a restricted gift that brings a project to half its
   * target becomes a milestone draft for the editors.
   */
  @Nested
  class TheNewsCentre {

    @Test
    void anEditorPublishesAnArticleWithAPhotoThatThePublicReadsBySlug() throws Exception {
      String editor = tokenOf("editor");
      byte[] photo = png(48, 32);
      HttpResponse<String> fake =
          upload(editor, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
      assertProblem(fake, 415);
      HttpResponse<String> uploaded = upload(editor, photo);
      assertAnswered(uploaded, 201);
      JsonNode image = JSON.readTree(uploaded.body());
      assertThat(image.get("width").asInt()).isEqualTo(48);
      String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

      HttpResponse<String> written =
          post(
              system.gateway("/api/content/articles"),
              editor,
              Map.of(
                  "title", "平和县助学回访",
                  "body", "<p>回访<script>alert(1)</script>记录</p>",
                  "language", "zh-CN",
                  "category", "NEWS",
                  "tags", List.of("助学"),
                  "coverImageId", image.get("imageId").asText(),
                  "slug", slug));
      assertAnswered(written, 201);
      String articleId = JSON.readTree(written.body()).get("articleId").asText();
      assertProblem(get("/api/content/articles/by-slug/" + slug), 404);
      for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
        assertAnswered(
            post(
                system.gateway("/api/content/articles/" + articleId + "/status"),
                editor,
                Map.of("status", status)),
            200);
      }

      JsonNode article = getJson("/api/content/articles/by-slug/" + slug);
      assertThat(article.get("body").asText()).isEqualTo("<p>回访记录</p>");
      assertThat(getJson("/api/content/articles?tag=助学").get("items").findValuesAsText("slug"))
          .contains(slug);
      URI photoUri = system.gateway(image.get("url").asText());
      HttpResponse<byte[]> served =
          HTTP.send(HttpRequest.newBuilder(photoUri).GET().build(), BodyHandlers.ofByteArray());
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.body()).isEqualTo(photo);
      assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
      String etag = served.headers().firstValue("ETag").orElseThrow();
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(photoUri).header("If-None-Match", etag).GET().build(),
                      BodyHandlers.ofByteArray())
                  .statusCode())
          .isEqualTo(304);
    }

    @Test
    void aRestrictedGiftThatReachesHalfTheTargetBecomesAMilestoneDraft() throws Exception {
      String projectId = createProject("乡村图书角 Village library", 100_000);

      cashGift(60_000, projectId);

      await("a milestone draft for the editors")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(
                          getJson("/api/content/articles?projectId=" + projectId, tokenOf("editor"))
                              .get("items")
                              .findValuesAsText("title"))
                      .contains("筹款过半：乡村图书角 Village library"));
      assertThat(getJson("/api/content/articles?projectId=" + projectId).get("totalItems").asLong())
          .as("drafts are not public")
          .isZero();
    }

    private HttpResponse<String> upload(String token, byte[] bytes) throws Exception {
      String boundary = "cishan-" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\""
                  + "\r\nContent-Type: image/jpeg\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(bytes);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return HTTP.send(
          authorized(HttpRequest.newBuilder(system.gateway("/api/content/images")), token)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build(),
          BodyHandlers.ofString());
    }

    private static byte[] png(int width, int height) throws IOException {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }

  /**
   * The ledger's money for a project travels to project-service as integration events; after a
   * random run of gifts, a refund, a release, allocations, a reversal and a payment, both show the
   * same raised, allocated and disbursed money — and the amounts the run implies.
   */
  @Test
  void aProjectsFundingInProjectServiceEqualsTheLedgersOwnView() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String projectId = createProject("移民安置社区 Relocation community", 90_000_000);
    String finance = tokenOf("finance");
    approveInTheLedger(projectId);
    long r1 = fen(random);
    long r2 = fen(random);
    long r3 = fen(random);
    String first = cashGift(r1, projectId);
    String second = cashGift(r2, projectId);
    cashGift(r3, projectId);
    await("the restricted gifts allocated to their approved project when confirmed")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(ledgerFunding(projectId).get("allocated").asLong())
                    .isEqualTo(r1 + r2 + r3));
    reverse(projectId, allocationOf(projectId, first));
    reverse(projectId, allocationOf(projectId, second));
    long refund = 1 + random.nextInt((int) r1 - 1);
    assertAnswered(
        post(
            system.gateway("/api/donations/" + first + "/refunds"),
            finance,
            Map.of(
                "refundId", UUID.randomUUID().toString(),
                "amount", Map.of("minorUnits", refund, "currency", "CNY"),
                "reason", "捐赠人要求退回")),
        200);
    assertAnswered(
        post(
            system.gateway("/api/donations/" + second + "/release-restriction"),
            finance,
            Map.of("reason", "捐赠人同意改为非定向")),
        200);
    long unrestricted = 0;
    for (int i = 0; i < 3; i++) {
      long gift = fen(random);
      unrestricted += gift;
      cashGift(gift, null);
    }
    long kept = 1 + random.nextInt((int) (unrestricted / 2));
    long mistaken = 1 + random.nextInt((int) (unrestricted / 2 - 1));
    String mistakenId = UUID.randomUUID().toString();
    allocateWhenThePoolHasIt(projectId, UUID.randomUUID().toString(), kept);
    allocateWhenThePoolHasIt(projectId, mistakenId, mistaken);
    reverse(projectId, mistakenId);
    long allocated = r3 + kept;
    long paid = 1 + random.nextInt((int) allocated);
    assertAnswered(
        post(
            system.gateway("/api/ledger/projects/" + projectId + "/disbursements"),
            finance,
            Map.of(
                "disbursementId",
                UUID.randomUUID().toString(),
                "amount",
                Map.of("minorUnits", paid, "currency", "CNY"),
                "partner",
                "移民安置办",
                "voucherReference",
                "记-2026-11-27")),
        201);

    await("project-service shows what the ledger shows (seed " + seed + ")")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode ledger = ledgerFunding(projectId);
              JsonNode project = getJson("/api/projects/" + projectId).get("funding").get(0);
              assertThat(project.get("currency").asText()).isEqualTo("CNY");
              assertThat(ledger.get("restrictedRaised").asLong())
                  .isEqualTo(project.get("raised").asLong())
                  .isEqualTo(r1 - refund + r3);
              assertThat(ledger.get("allocated").asLong())
                  .isEqualTo(project.get("allocated").asLong())
                  .isEqualTo(allocated);
              assertThat(ledger.get("disbursed").asLong())
                  .isEqualTo(project.get("disbursed").asLong())
                  .isEqualTo(paid);
            });
  }

  /** The allocation that drew from {@code donationId}, as the project's public draws list it. */
  private String allocationOf(String projectId, String donationId) throws Exception {
    for (JsonNode draw :
        getJson("/api/ledger/projects/" + projectId + "/draws?size=100").get("items")) {
      if (draw.get("donationId").asText().equals(donationId)) {
        return draw.get("allocationId").asText();
      }
    }
    throw new AssertionError("no draw of " + donationId);
  }

  private void reverse(String projectId, String allocationId) throws Exception {
    assertAnswered(
        post(
            system.gateway(
                "/api/ledger/projects/" + projectId + "/allocations/" + allocationId + "/reversal"),
            tokenOf("finance"),
            Map.of("reason", "项目选错")),
        200);
  }

  /**
   * Issue 5's journey: a project is approved, money is allocated and partly paid in the ledger, an
   * early closure is refused naming every reason, and once the rectification is verified, the
   * materials accepted and the money paid out, the project closes — and the ledger takes no more
   * allocations for it.
   */
  @Test
  void aProjectClosesOnlyOnceRectificationsMaterialsAndItsMoneyAreDone() throws Exception {
    String projectId = createProject("助学金 Student grants", 1_000_000);
    String officer = tokenOf("project-officer");
    String finance = tokenOf("finance");
    approveInTheLedger(projectId);
    cashGift(50_000, projectId);
    await("the restricted gift allocated")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(ledgerFunding(projectId).get("allocated").asLong()).isEqualTo(50_000));
    assertAnswered(disburse(projectId, 30_000), 201);
    move(projectId, "IMPLEMENTING", 200);
    HttpResponse<String> opened =
        post(
            system.gateway("/api/projects/" + projectId + "/rectifications"),
            officer,
            Map.of(
                "finding", "受助学生名单未公示",
                "responsibleParty", "石门县教育局",
                "dueDate", "2026-12-31"));
    assertAnswered(opened, 201);
    String item = JSON.readTree(opened.body()).get("itemId").asText();
    move(projectId, "UNDER_EVALUATION", 200);
    await("project-service knows what the ledger paid")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        getJson("/api/projects/" + projectId).at("/disbursed/minorUnits").asLong())
                    .isEqualTo(30_000));

    HttpResponse<String> early = move(projectId, "CLOSED", 409);

    JsonNode reasons = JSON.readTree(early.body()).get("reasons");
    assertThat(reasons.toString())
        .contains("rectification item " + item + " is OPEN")
        .contains("closing material CLOSING_REPORT is not accepted")
        .contains("the ledger shows 20000 minor units of CNY allocated but neither disbursed");
    assertThat(reasons).hasSize(7);

    for (String action : List.of("submission", "verification")) {
      assertAnswered(
          post(
              system.gateway(
                  "/api/projects/" + projectId + "/rectifications/" + item + "/" + action),
              officer,
              Map.of("note", "名单已在村务公开栏公示")),
          200);
    }
    for (String kind :
        List.of(
            "PROCESS_MATERIALS",
            "CLOSING_REPORT",
            "FINANCIAL_STATEMENT",
            "BENEFICIARY_LIST",
            "PHOTOS")) {
      for (String action : List.of("submission", "acceptance")) {
        assertAnswered(
            post(
                system.gateway("/api/projects/" + projectId + "/materials/" + kind + "/" + action),
                officer,
                Map.of("note", kind + " 文档")),
            200);
      }
    }
    assertAnswered(disburse(projectId, 20_000), 201);
    await("project-service knows the money is paid out")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        getJson("/api/projects/" + projectId).at("/disbursed/minorUnits").asLong())
                    .isEqualTo(50_000));

    move(projectId, "CLOSED", 200);

    await("the ledger learned the closure")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(getJson("/api/ledger/projects/" + projectId).get("status").asText())
                    .isEqualTo("CLOSED"));
    cashGift(1_000, null);
    HttpResponse<String> refused =
        post(
            system.gateway("/api/ledger/allocations"),
            finance,
            Map.of(
                "allocationId", UUID.randomUUID().toString(),
                "projectId", projectId,
                "amount", Map.of("minorUnits", 1, "currency", "CNY")));
    assertAnswered(refused, 409);
    assertThat(refused.body()).contains("project-not-accepting-allocations");
  }

  private HttpResponse<String> move(String projectId, String status, int expected)
      throws Exception {
    HttpResponse<String> moved =
        post(
            system.gateway("/api/projects/" + projectId + "/status"),
            tokenOf("project-officer"),
            Map.of("status", status));
    assertAnswered(moved, expected);
    return moved;
  }

  private HttpResponse<String> disburse(String projectId, long fen) throws Exception {
    return post(
        system.gateway("/api/ledger/projects/" + projectId + "/disbursements"),
        tokenOf("finance"),
        Map.of(
            "disbursementId",
            UUID.randomUUID().toString(),
            "amount",
            Map.of("minorUnits", fen, "currency", "CNY"),
            "partner",
            "石门县教育局",
            "voucherReference",
            "记-2026-12"));
  }

  private static long fen(Random random) {
    return 1_000 + random.nextInt(100_000);
  }

  /** Cash recorded by finance (confirmed at once), restricted to {@code projectId} or not. */
  private String cashGift(long fen, String projectId) throws Exception {
    String id = UUID.randomUUID().toString();
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("donationId", id);
    body.put("donorName", "捐赠人");
    body.put("amount", Map.of("minorUnits", fen, "currency", "CNY"));
    body.put("channel", "CASH");
    if (projectId != null) {
      body.put("projectId", projectId);
    }
    assertAnswered(post(system.gateway("/api/donations"), tokenOf("finance"), body), 201);
    return id;
  }

  /**
   * The project officer describes the draft and approves it through the gateway; project-service
   * announces it on project.project-events, and the ledger then takes allocations for it.
   */
  private void approveInTheLedger(String projectId) throws Exception {
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

  /**
   * Allocates once the pool projection shows the unrestricted gifts (it is eventually consistent).
   */
  private void allocateWhenThePoolHasIt(String projectId, String allocationId, long fen) {
    await("allocation " + allocationId)
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertAnswered(
                    post(
                        system.gateway("/api/ledger/allocations"),
                        tokenOf("finance"),
                        Map.of(
                            "allocationId", allocationId,
                            "projectId", projectId,
                            "amount", Map.of("minorUnits", fen, "currency", "CNY"))),
                    201));
  }

  private JsonNode ledgerFunding(String projectId) throws Exception {
    for (JsonNode money : getJson("/api/ledger/projects/" + projectId).get("money")) {
      if (money.get("currency").asText().equals("CNY")) {
        return money;
      }
    }
    throw new AssertionError("the ledger has no CNY for project " + projectId);
  }

  private static void assertAnswered(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
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

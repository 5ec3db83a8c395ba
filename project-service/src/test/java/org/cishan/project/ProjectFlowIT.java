package org.cishan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.project.command.RecordFundingService;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * project-service as it runs: HTTP in, PostgreSQL (fresh database), the outbox relayed to a real
 * in-JVM KRaft broker, and the donation-events consumer reading from it.
 */
class ProjectFlowIT extends ProjectServiceIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired EmbeddedKafkaBroker kafka;

  @Nested
  class Creating {

    @Test
    void storesTheProjectAndPublishesProjectCreatedKeyedByItsId() throws Exception {
      ResponseEntity<String> created = post(project("敬老院改造 Elderly home renovation", 50_000_000));

      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      JsonNode body = json.readTree(created.getBody());
      String projectId = body.get("projectId").asText();
      assertThat(created.getHeaders().getLocation()).hasToString("/api/projects/" + projectId);
      assertThat(body.get("title").asText()).isEqualTo("敬老院改造 Elderly home renovation");
      assertThat(body.get("description").asText()).isEqualTo("为老人改造房间");
      assertThat(body.get("fundraisingTarget")).isEqualTo(money(50_000_000, "CNY"));
      assertThat(body.get("raised")).isEqualTo(money(0, "CNY"));
      assertThat(body.get("donationCount").asLong()).isZero();
      assertThat(count("select count(*) from project where id = '" + projectId + "'")).isOne();

      ConsumerRecord<String, String> record =
          topics().theRecordWithKey(Topics.PROJECT_EVENTS, projectId, PATIENCE);
      String eventId =
          jdbc.sql("select event_id::text from outbox_event where message_key = :key")
              .param("key", projectId)
              .query(String.class)
              .single();
      assertThat(json.readTree(record.value()))
          .isEqualTo(
              json.readTree(
                  """
                  {"type":"ProjectCreated.v1","eventId":"%s","occurredAt":"%s","projectId":"%s",
                   "title":"敬老院改造 Elderly home renovation",
                   "fundraisingTarget":{"minorUnits":50000000,"currency":"CNY"}}
                  """
                      .formatted(eventId, body.get("createdAt").asText(), projectId)));
      assertThat(header(record, IntegrationEventPublisher.EVENT_TYPE_HEADER))
          .isEqualTo("ProjectCreated.v1");
      await("outbox row marked published")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(
                          count(
                              "select count(*) from outbox_event where message_key = '"
                                  + projectId
                                  + "' and published_at is not null"))
                      .isOne());
    }

    static Stream<Arguments> invalidBodies() {
      return Stream.of(
          Arguments.of(
              "{\"fundraisingTarget\":{\"minorUnits\":100,\"currency\":\"CNY\"}}", "title"),
          Arguments.of(project("x".repeat(201), 100), "title"),
          Arguments.of(
              "{\"title\":\"t\",\"description\":\"%s\",\"fundraisingTarget\":{\"minorUnits\":100,\"currency\":\"CNY\"}}"
                  .formatted("d".repeat(5001)),
              "description"),
          Arguments.of("{\"title\":\"t\"}", "fundraisingTarget"),
          Arguments.of(project("t", 0), "fundraisingTarget.minorUnits"),
          Arguments.of(project("t", Long.MAX_VALUE), "fundraisingTarget.minorUnits"),
          Arguments.of(project("t", 1_000_000_000_001L), "fundraisingTarget.minorUnits"),
          Arguments.of(
              "{\"title\":\"t\",\"fundraisingTarget\":{\"minorUnits\":100,\"currency\":\"XYZ\"}}",
              "fundraisingTarget.currency"),
          Arguments.of(
              "{\"title\":\"t\",\"fundraisingTarget\":{\"minorUnits\":1.5,\"currency\":\"CNY\"}}",
              "fundraisingTarget.minorUnits"),
          Arguments.of("{\"title\":", "body"),
          // issue 14: nothing loose or unstorable gets in
          Arguments.of(project("a\\u0000b", 100), "title"),
          Arguments.of(project("\\u202Eevil", 100), "title"),
          Arguments.of(
              "{\"title\":\"t\",\"fundraisingTarget\":{\"minorUnits\":\"100\",\"currency\":\"CNY\"}}",
              "fundraisingTarget.minorUnits"),
          Arguments.of(project("t", 100) + "{}", "body"),
          Arguments.of(
              "{\"title\":\"t\",\"fundraisingTarget\":{\"minorUnits\":100,\"currency\":\"CNY\"},"
                  + "\"details\":{\"plannedStart\":\"-999999999-01-01\"}}",
              "details.plannedStart"),
          Arguments.of(
              "{\"title\":\"t\",\"fundraisingTarget\":{\"minorUnits\":100,\"currency\":\"CNY\"},"
                  + "\"details\":{\"township\":\"x\\u0007\"}}",
              "details.township"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void answers400NamingTheFieldAndStoresNothing(String body, String field) throws Exception {
      long projects = count("select count(*) from project");
      long outbox = count("select count(*) from outbox_event");

      ResponseEntity<String> refused = post(body);

      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(refused.getBody());
      assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(field);
      assertThat(count("select count(*) from project")).isEqualTo(projects);
      assertThat(count("select count(*) from outbox_event")).isEqualTo(outbox);
    }
  }

  @Nested
  class RecordingWho {

    @Test
    void storesTheTokensSubjectAsTheCreatorRefusesABodyNamingOneAndKeepsItOutOfTheApi()
        throws Exception {
      String officer = UUID.randomUUID().toString();
      long projects = count("select count(*) from project");

      ResponseEntity<String> claimed =
          post(
              """
              {"title":"乡村图书室 Village library","createdBy":"someone-else","created_by":"x",
               "fundraisingTarget":{"minorUnits":1000000,"currency":"CNY"}}
              """,
              officer);
      assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(400);
      assertThat(json.readTree(claimed.getBody()).at("/errors/0/field").asText())
          .isEqualTo("createdBy");
      assertThat(count("select count(*) from project")).isEqualTo(projects);

      ResponseEntity<String> created =
          post(
              """
              {"title":"乡村图书室 Village library",
               "fundraisingTarget":{"minorUnits":1000000,"currency":"CNY"}}
              """,
              officer);

      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      String projectId = json.readTree(created.getBody()).get("projectId").asText();
      assertThat(
              jdbc.sql("select created_by from project where id = :id")
                  .param("id", UUID.fromString(projectId))
                  .query(String.class)
                  .single())
          .isEqualTo(officer);
      assertThat(created.getBody()).doesNotContain(officer, "someone-else");
      assertThat(getProject(projectId).toString()).doesNotContain(officer);
      assertThat(http.getForObject("/api/projects?size=100", String.class)).doesNotContain(officer);
    }

    @Test
    void theDatabaseRefusesANewProjectWithoutItsCreator() {
      assertThatThrownBy(
              () ->
                  jdbc.sql(
                          """
                          insert into project
                            (id, title, target_minor_units, target_currency, created_at)
                          values (:id, 'no creator', 100, 'CNY', now())
                          """)
                      .param("id", UUID.randomUUID())
                      .update())
          .isInstanceOf(DataIntegrityViolationException.class)
          .hasMessageContaining("project_created_by_required");
    }
  }

  @Nested
  class Reading {

    @Test
    void answers404ForAnUnknownProject() {
      ResponseEntity<String> missing =
          http.getForEntity("/api/projects/" + UUID.randomUUID(), String.class);

      assertThat(missing.getStatusCode().value()).isEqualTo(404);
      assertThat(missing.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsProjectsNewestFirstPageByPage() throws Exception {
      String first = createProject("第一", 100);
      String second = createProject("第二", 200);
      String third = createProject("第三", 300);

      JsonNode page0 =
          json.readTree(http.getForObject("/api/projects?page=0&size=2", String.class));
      JsonNode page1 =
          json.readTree(http.getForObject("/api/projects?page=1&size=2", String.class));

      assertThat(page0.get("items").findValuesAsText("projectId")).containsExactly(third, second);
      assertThat(page1.get("items").get(0).get("projectId").asText()).isEqualTo(first);
      assertThat(page0.get("page").asInt()).isZero();
      assertThat(page0.get("size").asInt()).isEqualTo(2);
      assertThat(page0.get("totalItems").asLong()).isEqualTo(count("select count(*) from project"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101"})
    void answers400ForAPageOutOfRange(String query) throws Exception {
      ResponseEntity<String> refused = http.getForEntity("/api/projects?" + query, String.class);

      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText())
          .isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }

  @Nested
  class CountingDonations {

    @Test
    void addsADonationToTheRaisedAmountOfItsProject() throws Exception {
      String projectId = createProject("助学", 1_000_000);

      donate(UUID.randomUUID(), projectId, 10_000, "CNY");

      await("raised amount")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                JsonNode project = getProject(projectId);
                assertThat(project.get("raised")).isEqualTo(money(10_000, "CNY"));
                assertThat(project.get("donationCount").asLong()).isOne();
              });
    }

    @Test
    void countsTheSameEventOnceHoweverOftenItIsDelivered() throws Exception {
      String projectId = createProject("净水", 1_000_000);
      UUID twice = UUID.randomUUID();
      UUID later = UUID.randomUUID();

      donate(twice, projectId, 10_000, "CNY");
      donate(twice, projectId, 10_000, "CNY");
      donate(later, projectId, 1, "CNY");

      awaitProcessed(later);
      JsonNode project = getProject(projectId);
      assertThat(project.get("raised")).isEqualTo(money(10_001, "CNY"));
      assertThat(project.get("donationCount").asLong()).isEqualTo(2);
    }

    @Test
    void skipsAnEventOfAnUnknownTypeAndStillAppliesTheNextOne() throws Exception {
      String projectId = createProject("图书角", 1_000_000);
      long parkedBefore = topics().recordCount(DLQ);
      UUID unknown = UUID.randomUUID();
      UUID next = UUID.randomUUID();

      topics()
          .send(
              Topics.DONATION_EVENTS,
              UUID.randomUUID().toString(),
              """
              {"type":"DonationSplit.v9","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
               "projectId":"%s","amount":{"minorUnits":500,"currency":"CNY"}}
              """
                  .formatted(unknown, projectId));
      donate(next, projectId, 2_500, "CNY");

      awaitProcessed(next);
      assertThat(getProject(projectId).get("raised")).isEqualTo(money(2_500, "CNY"));
      assertThat(isProcessed(unknown)).isFalse();
      assertThat(topics().recordCount(DLQ)).isEqualTo(parkedBefore);
    }

    @Test
    void parksARecordThatIsNoEventInTheDeadLetterTopicAtOnceNamingTheRecordAndTheFault()
        throws Exception {
      String projectId = createProject("坏消息", 1_000_000);
      String key = UUID.randomUUID().toString();
      UUID next = UUID.randomUUID();
      long sent = System.nanoTime();

      topics().send(Topics.DONATION_EVENTS, key, "{\"type\":\"DonationConfirmed.v1\",");
      donate(next, projectId, 2_500, "CNY", key);
      awaitProcessed(next);

      // Same key, same partition: the event behind it waited for the bad record only once.
      assertThat(Duration.ofNanos(System.nanoTime() - sent))
          .as("no retries of a record that can never be read (5 attempts take 7.5 s)")
          .isLessThan(Duration.ofSeconds(6));
      ConsumerRecord<String, String> parked =
          topics().theRecordWithKey(DLQ, key, Duration.ofSeconds(30));
      assertThat(parked.value()).isEqualTo("{\"type\":\"DonationConfirmed.v1\",");
      String headers =
          java.util.stream.StreamSupport.stream(parked.headers().spliterator(), false)
              .map(header -> new String(header.value(), java.nio.charset.StandardCharsets.UTF_8))
              .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(headers)
          .contains("MalformedEventException")
          .containsPattern(
              "Malformed event record donation\\.donation-events-\\d+@\\d+ \\(key " + key)
          .contains("not JSON");
      assertThat(getProject(projectId).get("raised")).isEqualTo(money(2_500, "CNY"));
    }

    @Test
    void keepsAGiftInAnotherCurrencyApartFromTheRaisedAmount() throws Exception {
      String projectId = createProject("医疗", 1_000_000);
      UUID gift = UUID.randomUUID();

      donate(gift, projectId, 5_000, "HKD");

      awaitProcessed(gift);
      JsonNode project = getProject(projectId);
      assertThat(project.get("raised")).isEqualTo(money(0, "CNY"));
      assertThat(project.get("raisedInOtherCurrencies"))
          .isEqualTo(json.readTree("[{\"minorUnits\":5000,\"currency\":\"HKD\"}]"));
      assertThat(project.get("donationCount").asLong()).isOne();
    }

    @Test
    void keepsAGiftForAProjectItDoesNotKnowYet() {
      UUID unknownProject = UUID.randomUUID();
      UUID gift = UUID.randomUUID();

      donate(gift, unknownProject.toString(), 700, "CNY");

      awaitProcessed(gift);
      assertThat(
              count(
                  "select raised_minor_units from project_funding where project_id = '"
                      + unknownProject
                      + "'"))
          .isEqualTo(700);
    }
  }

  /** A DonationConfirmed record shaped exactly like contracts' golden DonationConfirmed.v1.json. */
  @Nested
  class FollowingTheLedger {

    @Test
    void showsRaisedAllocatedAndDisbursedMoneyAsTheLedgerMovedItEachEventOnce() throws Exception {
      String projectId = createProject("抗旱水窖", 1_000_000);
      UUID allocated = UUID.randomUUID();
      UUID mistaken = UUID.randomUUID();
      UUID paid = UUID.randomUUID();
      UUID refunded = UUID.randomUUID();

      donate(UUID.randomUUID(), projectId, 10_000, "CNY");
      fundEvent(allocated, "FundsAllocated.v1", projectId, 8_000);
      fundEvent(allocated, "FundsAllocated.v1", projectId, 8_000);
      fundEvent(mistaken, "FundsAllocated.v1", projectId, 1_000);
      fundEvent(UUID.randomUUID(), "AllocationReversed.v1", projectId, 1_000);
      fundEvent(paid, "FundsDisbursed.v1", projectId, 5_000);
      topics()
          .send(
              Topics.DONATION_EVENTS,
              UUID.randomUUID().toString(),
              """
              {"type":"DonationRefunded.v1","eventId":"%s","occurredAt":"2026-03-02T08:30:00Z",
               "donationId":"%s","refundId":"%s","projectId":"%s",
               "amount":{"minorUnits":2000,"currency":"CNY"}}
              """
                  .formatted(refunded, UUID.randomUUID(), UUID.randomUUID(), projectId));

      awaitProcessed(paid);
      awaitProcessed(refunded);
      JsonNode project = getProject(projectId);
      assertThat(project.get("raised")).isEqualTo(money(8_000, "CNY"));
      assertThat(project.get("allocated")).isEqualTo(money(8_000, "CNY"));
      assertThat(project.get("disbursed")).isEqualTo(money(5_000, "CNY"));
      assertThat(project.get("donationCount").asLong()).isOne();
    }

    private void fundEvent(UUID eventId, String type, String projectId, long minorUnits) {
      topics()
          .send(
              Topics.PROJECT_FUND_EVENTS,
              projectId,
              """
              {"type":"%s","eventId":"%s","occurredAt":"2026-03-02T08:30:00Z","projectId":"%s",
               "allocationId":"%s","disbursementId":"%s",
               "amount":{"minorUnits":%d,"currency":"CNY"},
               "partner":"石门县民政局","voucherReference":"记-1"}
              """
                  .formatted(
                      type, eventId, projectId, UUID.randomUUID(), UUID.randomUUID(), minorUnits));
    }
  }

  private void donate(UUID eventId, String projectId, long minorUnits, String currency) {
    donate(eventId, projectId, minorUnits, currency, UUID.randomUUID().toString());
  }

  private void donate(
      UUID eventId, String projectId, long minorUnits, String currency, String donationId) {
    topics()
        .send(
            Topics.DONATION_EVENTS,
            donationId,
            """
            {
              "type": "DonationConfirmed.v1",
              "eventId": "%s",
              "occurredAt": "2026-03-01T08:30:00Z",
              "donationId": "%s",
              "projectId": "%s",
              "amount": {
                "minorUnits": %d,
                "currency": "%s"
              },
              "effectiveAt": "2026-03-01T00:00:00Z"
            }
            """
                .formatted(eventId, donationId, projectId, minorUnits, currency));
  }

  private void awaitProcessed(UUID eventId) {
    await("event " + eventId + " processed").atMost(PATIENCE).until(() -> isProcessed(eventId));
  }

  private boolean isProcessed(UUID eventId) {
    return jdbc.sql(
                "select count(*) from processed_event where consumer = :consumer and event_id = :id")
            .param("consumer", RecordFundingService.CONSUMER)
            .param("id", eventId)
            .query(Long.class)
            .single()
        == 1;
  }

  private String createProject(String title, long target) throws Exception {
    ResponseEntity<String> created = post(project(title, target));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return json.readTree(created.getBody()).get("projectId").asText();
  }

  private JsonNode getProject(String projectId) throws Exception {
    ResponseEntity<String> found = http.getForEntity("/api/projects/" + projectId, String.class);
    assertThat(found.getStatusCode().value()).isEqualTo(200);
    return json.readTree(found.getBody());
  }

  private ResponseEntity<String> post(String body) {
    return post(body, OFFICER);
  }

  /** POST /api/projects as the project officer {@code subject}. */
  private ResponseEntity<String> post(String body, String subject) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(TestTokens.shared().token(subject, Roles.PROJECT_OFFICER));
    return http.postForEntity("/api/projects", new HttpEntity<>(body, headers), String.class);
  }

  private static String project(String title, long target) {
    return """
        {"title":"%s","description":"为老人改造房间",
         "fundraisingTarget":{"minorUnits":%d,"currency":"CNY"}}
        """
        .formatted(title, target);
  }

  private JsonNode money(long minorUnits, String currency) throws Exception {
    return json.readTree("{\"minorUnits\":%d,\"currency\":\"%s\"}".formatted(minorUnits, currency));
  }

  private KafkaTopics topics() {
    return new KafkaTopics(kafka);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}

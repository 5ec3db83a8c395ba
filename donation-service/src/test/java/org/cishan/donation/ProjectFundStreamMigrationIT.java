package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestDatabase;
import org.cishan.support.testing.TestTokens;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Flyway V8 (ADR 9) on a database that ran V1 to V7: the project fund's history as the ledger
 * stored it until V7 (stream id = the bare project id; rows as that code wrote them, with their
 * JSON) is moved to {@code project-fund:<id>}, and the service started on it still knows the fund's
 * status, allocation and undisbursed draws: it pays, refuses to overpay or to reverse a partly paid
 * allocation, and allocates more. Its own application context and database, closed afterwards.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(
    kraft = true,
    partitions = 1,
    topics = {Topics.DONATION_EVENTS, Topics.PROJECT_EVENTS, Topics.PROJECT_FUND_EVENTS})
@DirtiesContext
class ProjectFundStreamMigrationIT {

  static final UUID PROJECT = UUID.fromString("0b19553c-1889-434c-99ac-2c61f9b66caa");
  static final UUID DRAWN = UUID.fromString("024fbe0d-2a20-4fef-a0e5-38679d8255ba");
  static final UUID UNTOUCHED = UUID.fromString("07c4e742-5609-4c86-8bc3-b00ebb1762fd");
  static final UUID ALLOCATION = UUID.fromString("dc35e718-4988-4263-8910-e105c5bdba85");
  static final String FINANCE = "00000000-0000-4000-8000-00000000f001";
  static final Duration PATIENCE = Duration.ofSeconds(30);

  static final TestDatabase DATABASE = storedUpToV7();

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    DATABASE.registerDataSource(registry);
    TestTokens.shared().register(registry);
  }

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired EmbeddedKafkaBroker kafka;

  @Test
  void theFundKeepsItsStatusBalanceAndHistoryUnderItsNewStreamId() throws Exception {
    assertThat(
            jdbc.sql(
                    "select distinct aggregate_identifier from domain_event_entry where type = 'ProjectFund'")
                .query(String.class)
                .list())
        .containsExactly("project-fund:" + PROJECT);
    assertThat(eventsOf(DRAWN.toString())).as("donations keep their bare ids").isEqualTo(3);
    await("the read models rebuilt from the migrated store")
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode view = get("/api/ledger/projects/" + PROJECT);
              assertThat(view.path("status").asText()).isEqualTo("APPROVED");
              assertThat(view.path("money").path(0).path("allocated").asLong()).isEqualTo(3_000);
              assertThat(
                      jdbc.sql(
                              "select coalesce(sum(available_minor_units), 0) from donation_summary")
                          .query(Long.class)
                          .single())
                  .isEqualTo(6_000);
            });

    assertRefused(disburse(3_001), 409, "disbursement-exceeds-allocated");
    assertThat(disburse(2_500).getStatusCode().value()).isEqualTo(201);
    assertRefused(
        post(
            "/api/ledger/projects/" + PROJECT + "/allocations/" + ALLOCATION + "/reversal",
            "{\"reason\":\"错配\"}"),
        409,
        "allocation-partly-disbursed");
    assertThat(allocate(6_000).getStatusCode().value()).isEqualTo(201);
    assertRefused(allocate(1), 409, "insufficient-funds");

    await("the project's ledger view")
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode eur = get("/api/ledger/projects/" + PROJECT).path("money").path(0);
              assertThat(eur.path("allocated").asLong()).isEqualTo(9_000);
              assertThat(eur.path("disbursed").asLong()).isEqualTo(2_500);
              assertThat(eur.path("availableToDisburse").asLong()).isEqualTo(6_500);
            });
    // This database has no processor tokens, so the never-replayed publisher takes the stored
    // history for a replay and announces only what happened since: keyed by the bare project id.
    List<ConsumerRecord<String, String>> announced =
        new KafkaTopics(kafka)
            .recordsWithKey(Topics.PROJECT_FUND_EVENTS, PROJECT.toString(), 2, PATIENCE);
    assertThat(announced)
        .extracting(r -> json.readTree(r.value()).get("type").asText())
        .containsExactly("FundsDisbursed.v1", "FundsAllocated.v1");
  }

  /**
   * A fresh database migrated to V7, holding what the ledger stored before V8: an approved project
   * whose fund allocated 3,000 from one donation, and a second donation nobody drew from.
   */
  static TestDatabase storedUpToV7() {
    TestDatabase database = TestDatabase.fresh("cishan_donation_v8_it");
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.username(), database.password())
        .locations("classpath:db/migration")
        .target("7")
        .load()
        .migrate();
    try (Connection db =
        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
      String project = PROJECT.toString();
      String at = "2026-12-08T00:49:06.515Z";
      store(
          db,
          project,
          0,
          "ProjectFund",
          "ProjectStatusRecordedEvent",
          at,
          """
          {"projectId":"%s","status":"APPROVED","code":"XQ-0b19","title":"迁移项目",
           "changedAt":"2026-12-08T00:49:05.432779816Z"}"""
              .formatted(project));
      storeGift(db, DRAWN, 5_000);
      storeGift(db, UNTOUCHED, 4_000);
      store(
          db,
          DRAWN.toString(),
          2,
          "Donation",
          "FundsDrawnEvent",
          at,
          """
          {"donationId":"%s","allocationId":"%s","projectId":"%s",
           "amount":{"minorUnits":3000,"currency":"EUR"}}"""
              .formatted(DRAWN, ALLOCATION, project));
      store(
          db,
          project,
          1,
          "ProjectFund",
          "FundsAllocatedEvent",
          at,
          """
          {"projectId":"%s","allocationId":"%s","amount":{"minorUnits":3000,"currency":"EUR"},
           "draws":[{"donationId":"%s","minorUnits":3000}],"allocatedBy":"%s"}"""
              .formatted(project, ALLOCATION, DRAWN, FINANCE));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return database;
  }

  private static void storeGift(Connection db, UUID id, long fen) throws SQLException {
    String at = "2026-12-08T00:49:10.794Z";
    store(
        db,
        id.toString(),
        0,
        "Donation",
        "DonationReceivedEvent",
        at,
        """
        {"donationId":"%s","donorName":"捐赠人","amount":{"minorUnits":%d,"currency":"EUR"},
         "projectId":null,"donorAccountId":null,"recordedBy":"%s","channel":"CASH",
         "paymentReference":null,"anonymous":false,"donorIdNumber":null,"message":null,
         "effectiveAt":"2026-12-05T00:49:05.428564422Z","confirmBy":null}"""
            .formatted(id, fen, FINANCE));
    store(
        db,
        id.toString(),
        1,
        "Donation",
        "DonationConfirmedEvent",
        at,
        """
        {"donationId":"%s","amount":{"minorUnits":%d,"currency":"EUR"},"projectId":null,
         "effectiveAt":"2026-12-05T00:49:05.428564422Z","confirmedBy":"%s"}"""
            .formatted(id, fen, FINANCE));
  }

  /** One row exactly as Axon's JDBC engine wrote it until V7 (revision 1, JSON in bytea). */
  private static void store(
      Connection db,
      String aggregateId,
      long sequence,
      String type,
      String event,
      String at,
      String payload)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            """
            insert into domain_event_entry (aggregate_identifier, sequence_number, type,
              event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
            values (?, ?, ?, ?, ?, ?, '1', ?, ?)
            """)) {
      String trace = UUID.randomUUID().toString();
      insert.setString(1, aggregateId);
      insert.setLong(2, sequence);
      insert.setString(3, type);
      insert.setString(4, UUID.randomUUID().toString());
      insert.setBytes(
          5,
          ("{\"traceId\":\"" + trace + "\",\"correlationId\":\"" + trace + "\"}")
              .getBytes(StandardCharsets.UTF_8));
      insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
      insert.setString(7, "org.cishan.donation.event." + event);
      insert.setString(8, at);
      insert.executeUpdate();
    }
  }

  long eventsOf(String streamId) {
    return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
        .param("id", streamId)
        .query(Long.class)
        .single();
  }

  ResponseEntity<String> allocate(long minorUnits) {
    return post(
        "/api/ledger/allocations",
        """
        {"allocationId":"%s","projectId":"%s","amount":{"minorUnits":%d,"currency":"EUR"}}
        """
            .formatted(UUID.randomUUID(), PROJECT, minorUnits));
  }

  ResponseEntity<String> disburse(long minorUnits) {
    return post(
        "/api/ledger/projects/" + PROJECT + "/disbursements",
        """
        {"disbursementId":"%s","amount":{"minorUnits":%d,"currency":"EUR"},
         "partner":"石门县民政局","voucherReference":"记-2026-12-001"}
        """
            .formatted(UUID.randomUUID(), minorUnits));
  }

  ResponseEntity<String> post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, Caller.FINANCE.authorization(TestTokens.shared()));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode get(String path) throws Exception {
    ResponseEntity<String> answer =
        http.exchange(path, HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  static void assertRefused(ResponseEntity<String> answer, int status, String rule) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains(rule);
  }
}

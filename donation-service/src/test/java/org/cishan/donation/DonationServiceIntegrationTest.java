package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cishan.contracts.Topics;
import org.cishan.donation.sweep.PendingDeadlineSweep;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestDatabase;
import org.cishan.support.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of donation-service's integration tests (shared by every subclass, so
 * Axon, the database and the broker start once): a fresh PostgreSQL database, an in-JVM KRaft
 * broker, tokens from {@link TestTokens}, HTTP on a random port and MockMvc, metrics exported
 * ({@code /actuator/prometheus}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
      // online gifts fall due at once; the sweep runs only when a test calls it
      "cishan.ledger.pending-deadline.online-payment=PT1S",
      "cishan.ledger.deadline-sweep-interval=PT1H",
      "axon.eventhandling.processors." + FlakyProjection.PROCESSING_GROUP + ".mode=pooled",
      "axon.eventhandling.processors."
          + FlakyProjection.PROCESSING_GROUP
          + ".initial-segment-count=1",
      "axon.eventhandling.processors." + FlakyProjection.PROCESSING_GROUP + ".dlq.enabled=true",
      // parked events are retried after 1 s, then 2 s; a third failure ends automatic retries
      "cishan.ledger.dead-letters.max-attempts=3",
      "cishan.ledger.dead-letters.retry-interval=PT1S",
      "cishan.ledger.dead-letters.max-backoff=PT4S"
    })
@AutoConfigureMockMvc
@AutoConfigureObservability
@EmbeddedKafka(
    kraft = true,
    partitions = 1,
    topics = {Topics.DONATION_EVENTS, Topics.PROJECT_EVENTS, Topics.PROJECT_FUND_EVENTS})
@Import(FlakyProjection.class)
abstract class DonationServiceIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  /** Created once: a second application context must never drop the database of the first. */
  static final TestDatabase DATABASE = TestDatabase.fresh("cishan_donation_it");

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    DATABASE.registerDataSource(registry);
    TestTokens.shared().register(registry);
  }

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventProcessingConfiguration processing;
  @Autowired FlakyProjection flaky;
  @Autowired PendingDeadlineSweep sweep;

  /** The stored event's {@code donor} (account) and {@code recorder}, as written in its JSON. */
  Map<String, Object> whoOf(UUID donationId) {
    return jdbc.sql(
            """
            select convert_from(payload, 'UTF8')::jsonb ->> 'donorAccountId' as donor,
                   convert_from(payload, 'UTF8')::jsonb ->> 'recordedBy' as recorder
              from domain_event_entry where aggregate_identifier = :id
            """)
        .param("id", donationId.toString())
        .query()
        .singleRow();
  }

  ResponseEntity<String> confirm(UUID donationId) {
    return postTo(Caller.FINANCE, path(donationId) + "/confirm", "");
  }

  ResponseEntity<String> voidDonation(UUID donationId, String reason) {
    return postTo(Caller.FINANCE, path(donationId) + "/void", "{\"reason\":\"" + reason + "\"}");
  }

  long eventsOfType(String simpleName) {
    return jdbc.sql("select count(*) from domain_event_entry where payload_type like :type")
        .param("type", "%." + simpleName)
        .query(Long.class)
        .single();
  }

  /** A project project-service announced as approved, once the ledger has learned it. */
  UUID approvedProject(String title) {
    return knownProject("APPROVED", title, Instant.now());
  }

  /**
   * A project project-service announced in {@code status} at {@code at}, once the ledger has
   * learned it (gifts may be restricted only to projects the ledger knows).
   */
  UUID knownProject(String status, String title, Instant at) {
    UUID projectId = UUID.randomUUID();
    announce(projectId, status, title, at);
    awaitLedgerKnows(projectId, status);
    return projectId;
  }

  void awaitLedgerKnows(UUID projectId, String status) {
    await("the ledger learned project " + projectId + " as " + status)
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(getAs(Caller.ANONYMOUS, ledgerProject(projectId)).getBody())
                    .contains("\"" + status + "\""));
  }

  /** project-service's ProjectStatusChanged.v1, as it appears on project.project-events. */
  void announce(UUID projectId, String status, String title, Instant at) {
    topics()
        .send(
            Topics.PROJECT_EVENTS,
            projectId.toString(),
            """
            {"type":"ProjectStatusChanged.v1","eventId":"%s","occurredAt":"%s",
             "projectId":"%s","status":"%s","code":"XQ-%s","title":"%s","reason":null}
            """
                .formatted(
                    UUID.randomUUID(),
                    at,
                    projectId,
                    status,
                    projectId.toString().substring(0, 4),
                    title));
  }

  /** Cash recorded by finance: confirmed at once, its money moved at {@code at}. */
  UUID cashGift(long minorUnits, String currency, UUID project, boolean anonymous, Instant at) {
    UUID id = UUID.randomUUID();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("donationId", id);
    body.put("donorName", "捐赠人" + id.toString().substring(0, 4));
    body.put("amount", Map.of("minorUnits", minorUnits, "currency", currency));
    body.put("projectId", project);
    body.put("channel", "CASH");
    body.put("anonymous", anonymous);
    body.put("effectiveAt", at.toString());
    ResponseEntity<String> answer = postAs(Caller.FINANCE, write(body));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return id;
  }

  /** Waits until the pool holds {@code minorUnits} of unrestricted {@code currency}. */
  void awaitUnrestrictedPool(String currency, long minorUnits) {
    await("the pool holds " + minorUnits + " " + currency)
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(
                        count(
                            "select coalesce(sum(available_minor_units), 0) from donation_summary"
                                + " where restricted_to is null and currency = '"
                                + currency
                                + "'"))
                    .isEqualTo(minorUnits));
  }

  ResponseEntity<String> allocate(
      UUID allocationId, UUID project, long minorUnits, String currency) {
    return postTo(
        Caller.FINANCE,
        "/api/ledger/allocations",
        """
        {"allocationId":"%s","projectId":"%s","amount":{"minorUnits":%d,"currency":"%s"}}
        """
            .formatted(allocationId, project, minorUnits, currency));
  }

  ResponseEntity<String> disburse(UUID project, long minorUnits, String currency) {
    return postTo(
        Caller.FINANCE,
        ledgerProject(project) + "/disbursements",
        """
        {"disbursementId":"%s","amount":{"minorUnits":%d,"currency":"%s"},
         "partner":"石门县民政局","voucherReference":"记-2026-03-015"}
        """
            .formatted(UUID.randomUUID(), minorUnits, currency));
  }

  /**
   * Waits until every streaming processor has handled every stored event — including the events
   * processors themselves cause (receipts, restricted-gift allocations).
   */
  void awaitEveryProcessorCaughtUp() {
    await("every processor at the head of the event store")
        .atMost(PATIENCE)
        .until(
            () -> {
              long head = count("select coalesce(max(global_index), -1) from domain_event_entry");
              return processing.eventProcessors().values().stream()
                  .filter(StreamingEventProcessor.class::isInstance)
                  .map(StreamingEventProcessor.class::cast)
                  .allMatch(
                      p ->
                          !p.processingStatus().isEmpty()
                              && p.processingStatus().values().stream()
                                  .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
            });
  }

  static String ledgerProject(UUID projectId) {
    return "/api/ledger/projects/" + projectId;
  }

  String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  KafkaTopics topics() {
    return new KafkaTopics(kafka);
  }

  ResponseEntity<String> postDonation(String body) {
    return postAs(Caller.ANONYMOUS, body);
  }

  ResponseEntity<String> postAs(Caller caller, String body) {
    return postTo(caller, "/api/donations", body);
  }

  ResponseEntity<String> postTo(Caller caller, String path, String body) {
    HttpHeaders headers = headersOf(caller);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> getAs(Caller caller, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headersOf(caller)), String.class);
  }

  static HttpHeaders headersOf(Caller caller) {
    HttpHeaders headers = new HttpHeaders();
    String authorization = caller.authorization(TestTokens.shared());
    if (authorization != null) {
      headers.set(HttpHeaders.AUTHORIZATION, authorization);
    }
    return headers;
  }

  String donation(UUID id, String donor, long minorUnits, String currency, UUID project) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("donationId", id);
    body.put("donorName", donor);
    body.put("amount", Map.of("minorUnits", minorUnits, "currency", currency));
    body.put("projectId", project);
    try {
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String path(UUID donationId) {
    return "/api/donations/" + donationId;
  }

  static String totalsPath() {
    return "/api/donations/totals";
  }

  long eventsOf(UUID donationId) {
    return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
        .param("id", donationId.toString())
        .query(Long.class)
        .single();
  }

  String storedEventIdentifier(UUID donationId) {
    return storedColumn("event_identifier", donationId);
  }

  String storedTimestamp(UUID donationId) {
    return storedColumn("time_stamp", donationId);
  }

  String storedColumn(String column, UUID donationId) {
    return jdbc.sql(
            "select " + column + " from domain_event_entry where aggregate_identifier = :id")
        .param("id", donationId.toString())
        .query(String.class)
        .single();
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  List<Map<String, Object>> rows(String sql) {
    return jdbc.sql(sql).query().listOfRows();
  }
}

package org.cishan.donation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.cishan.contracts.Topics;
import org.cishan.donation.sweep.PendingDeadlineSweep;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestDatabase;
import org.cishan.support.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
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
 * broker, tokens from {@link TestTokens}, HTTP on a random port and MockMvc.
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
          + ".initial-segment-count=1"
    })
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 1, topics = Topics.DONATION_EVENTS)
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

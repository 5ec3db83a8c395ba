package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestDatabase;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of content-service's integration tests (shared by every subclass): a
 * fresh PostgreSQL database, an in-JVM KRaft broker, tokens from {@link TestTokens}, HTTP on a
 * random port (and {@link ContentApi} over it) and MockMvc.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
      // scheduled articles are published within a second of their time
      "cishan.content.publish-check=PT0.5S"
    })
@AutoConfigureMockMvc
@EmbeddedKafka(
    kraft = true,
    partitions = 1,
    topics = {
      Topics.PROJECT_EVENTS,
      Topics.DONATION_EVENTS,
      ContentServiceIntegrationTest.DLQ,
      ContentServiceIntegrationTest.DONATION_DLQ
    })
abstract class ContentServiceIntegrationTest {

  static final String DLQ = "content-service.project-events.dlq";
  static final String DONATION_DLQ = "content-service.donation-events.dlq";
  static final Duration PATIENCE = Duration.ofSeconds(30);

  /** The editor the tests write as. */
  static final String EDITOR = "00000000-0000-4000-8000-0000000000e1";

  /** Created once: a second application context must never drop the database of the first. */
  static final TestDatabase DATABASE = TestDatabase.fresh("cishan_content_it");

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Autowired EmbeddedKafkaBroker kafka;

  /** The HTTP API as the tests call it. */
  ContentApi api;

  /** The consumed topics as the tests feed them. */
  ContentEvents events;

  @BeforeEach
  void connect() {
    api = new ContentApi(http, json);
    events = new ContentEvents(new KafkaTopics(kafka), jdbc);
  }

  /**
   * A refusal: its status, and its problem naming {@code key} (e.g. rule or field) {@code value}.
   */
  static void assertRefused(ResponseEntity<String> response, int status, String key, String value) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).contains("\"" + key + "\":\"" + value + "\"");
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    DATABASE.registerDataSource(registry);
    TestTokens.shared().register(registry);
  }
}

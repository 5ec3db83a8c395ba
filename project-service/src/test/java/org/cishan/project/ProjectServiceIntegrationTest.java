package org.cishan.project;

import java.time.Duration;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.TestDatabase;
import org.cishan.support.testing.TestTokens;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of project-service's integration tests (shared by every subclass): a
 * fresh PostgreSQL database, an in-JVM KRaft broker, tokens from {@link TestTokens}, HTTP on a
 * random port and MockMvc.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
      "cishan.outbox.poll-interval=100ms"
    })
@AutoConfigureMockMvc
@EmbeddedKafka(
    kraft = true,
    partitions = 1,
    topics = {
      Topics.PROJECT_EVENTS,
      Topics.DONATION_EVENTS,
      Topics.PROJECT_FUND_EVENTS,
      ProjectServiceIntegrationTest.DLQ
    })
abstract class ProjectServiceIntegrationTest {

  static final String DLQ = "project-service.donation-events.dlq";
  static final Duration PATIENCE = Duration.ofSeconds(30);

  /** The project officer the tests act as. */
  static final String OFFICER = "00000000-0000-4000-8000-0000000000b1";

  /** Created once: a second application context must never drop the database of the first. */
  static final TestDatabase DATABASE = TestDatabase.fresh("cishan_project_it");

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    DATABASE.registerDataSource(registry);
    TestTokens.shared().register(registry);
  }
}

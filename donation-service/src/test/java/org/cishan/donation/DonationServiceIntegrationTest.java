package org.cishan.donation;

import java.time.Duration;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.TestDatabase;
import org.cishan.support.testing.TestTokens;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
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
}

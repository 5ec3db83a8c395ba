package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cishan.contracts.Topics;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Reads what donation-service published on {@link Topics#DONATION_EVENTS} (one partition). */
record DonationEventsTopic(EmbeddedKafkaBroker kafka) {

  /** The one record with this key, waiting for it to arrive. */
  ConsumerRecord<String, String> theRecordWithKey(String key, Duration patience) {
    try (Consumer<String, String> consumer = consumer()) {
      kafka.consumeFromAnEmbeddedTopic(consumer, Topics.DONATION_EVENTS);
      List<ConsumerRecord<String, String>> seen = new ArrayList<>();
      await("record with key " + key)
          .atMost(patience)
          .until(
              () -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
              });
      List<ConsumerRecord<String, String>> matching =
          seen.stream().filter(r -> key.equals(r.key())).toList();
      assertThat(matching).as("records with key " + key).hasSize(1);
      return matching.get(0);
    }
  }

  /** How many records the topic holds. */
  long recordCount() {
    try (Consumer<String, String> consumer = consumer()) {
      return KafkaTestUtils.getEndOffsets(consumer, Topics.DONATION_EVENTS, 0).values().stream()
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private Consumer<String, String> consumer() {
    Map<String, Object> props =
        KafkaTestUtils.consumerProps("donation-flow-it-" + UUID.randomUUID(), "false", kafka);
    props.put("auto.offset.reset", "earliest");
    return new DefaultKafkaConsumerFactory<>(
            props, new StringDeserializer(), new StringDeserializer())
        .createConsumer();
  }
}

package org.cishan.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Plain Kafka clients on an embedded broker: what an integration test sends to a topic and reads
 * back from it, as raw String JSON. Counting assumes single-partition test topics.
 */
public record KafkaTopics(EmbeddedKafkaBroker kafka) {

  /** Sends a raw String record and waits for the broker's acknowledgement. */
  public void send(String topic, String key, String value) {
    Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
    try (Producer<String, String> producer =
        new DefaultKafkaProducerFactory<>(props, new StringSerializer(), new StringSerializer())
            .createProducer()) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not send to " + topic, e);
    }
  }

  /** The one record with this key, waiting for it to arrive. */
  public ConsumerRecord<String, String> theRecordWithKey(
      String topic, String key, Duration patience) {
    List<ConsumerRecord<String, String>> matching = recordsWithKey(topic, key, 1, patience);
    assertThat(matching).as("records with key " + key).hasSize(1);
    return matching.get(0);
  }

  /**
   * The records with this key, in order, once at least {@code atLeast} of them arrived (all that
   * arrived by then).
   */
  public List<ConsumerRecord<String, String>> recordsWithKey(
      String topic, String key, int atLeast, Duration patience) {
    try (Consumer<String, String> consumer = consumer()) {
      kafka.consumeFromAnEmbeddedTopic(consumer, topic);
      List<ConsumerRecord<String, String>> seen = new ArrayList<>();
      await(atLeast + " record(s) with key " + key + " on " + topic)
          .atMost(patience)
          .until(
              () -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().filter(r -> key.equals(r.key())).count() >= atLeast;
              });
      return seen.stream().filter(r -> key.equals(r.key())).toList();
    }
  }

  /** How many records the (single-partition) topic holds. */
  public long recordCount(String topic) {
    try (Consumer<String, String> consumer = consumer()) {
      return KafkaTestUtils.getEndOffsets(consumer, topic, 0).values().stream()
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  /** The value of a header of a record, as UTF-8 text. */
  public static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private Consumer<String, String> consumer() {
    Map<String, Object> props =
        KafkaTestUtils.consumerProps("it-reader-" + UUID.randomUUID(), "false", kafka);
    props.put("auto.offset.reset", "earliest");
    return new DefaultKafkaConsumerFactory<>(
            props, new StringDeserializer(), new StringDeserializer())
        .createConsumer();
  }
}

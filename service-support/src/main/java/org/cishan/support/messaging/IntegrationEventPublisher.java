package org.cishan.support.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.cishan.contracts.IntegrationEvent;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends integration events to Kafka and returns only once the broker acknowledged them (the
 * binder's producers are synchronous with {@code acks=all}, see {@code application.yml}); any
 * failure is thrown, so the caller's outbox position does not advance.
 */
public class IntegrationEventPublisher {

  /** Kafka header carrying the logical event type, so tools can filter without parsing. */
  public static final String EVENT_TYPE_HEADER = "cishan-event-type";

  private final StreamBridge streamBridge;
  private final ObjectMapper objectMapper;

  public IntegrationEventPublisher(StreamBridge streamBridge, ObjectMapper objectMapper) {
    this.streamBridge = streamBridge;
    this.objectMapper = objectMapper;
  }

  /** Serializes the event to its contract JSON. */
  public String toJson(IntegrationEvent event) {
    try {
      return objectMapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize " + event.getClass().getSimpleName(), e);
    }
  }

  public void publish(String topic, String key, IntegrationEvent event) {
    publishJson(topic, key, typeOf(event), toJson(event));
  }

  /** Sends already serialized contract JSON (as stored in an outbox). */
  public void publishJson(String topic, String key, String type, String json) {
    Message<byte[]> message =
        MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
            .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8))
            .setHeader(EVENT_TYPE_HEADER, type)
            .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
            .build();
    if (!streamBridge.send(topic, message)) {
      throw new PublishFailedException(topic, key);
    }
  }

  /** The logical type name from the event's {@code @JsonTypeName}. */
  public static String typeOf(IntegrationEvent event) {
    var name = event.getClass().getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class);
    if (name == null) {
      throw new IllegalArgumentException(event.getClass() + " has no logical type name");
    }
    return name.value();
  }

  /** Kafka did not take the event; the caller must retry later. */
  public static class PublishFailedException extends RuntimeException {
    PublishFailedException(String topic, String key) {
      super("Kafka did not acknowledge the event for key " + key + " on " + topic);
    }
  }
}

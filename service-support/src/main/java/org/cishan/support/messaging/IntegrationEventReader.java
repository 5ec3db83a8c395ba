package org.cishan.support.messaging;

import static com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.cishan.contracts.IntegrationEvent;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Reads a Kafka record's JSON as an integration event of one family (a sealed interface of {@code
 * contracts} with a logical {@code type}), or fails with a {@link MalformedEventException} that
 * says which record and what is wrong with it. The one place where the services' consumers turn
 * bytes into events; a type this version does not know stays the family's {@code Unrecognized}
 * event (a tolerant reader), for the consumer to skip.
 */
public final class IntegrationEventReader {

  private static final int PAYLOAD_SHOWN = 200;

  private final ObjectMapper objectMapper;

  public IntegrationEventReader(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /**
   * The event in the message's payload.
   *
   * @throws MalformedEventException when the payload is no readable event of the family
   */
  public <E extends IntegrationEvent> E read(Message<?> message, Class<E> family) {
    byte[] payload = bytes(message.getPayload());
    String record = describe(message.getHeaders());
    if (payload == null || payload.length == 0) {
      throw malformed(record, "the payload is empty", payload, null);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(payload))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      throw malformed(record, "not UTF-8 text", payload, notUtf8);
    }
    JsonNode tree;
    try {
      tree = objectMapper.reader().with(FAIL_ON_TRAILING_TOKENS).readTree(text);
    } catch (JsonProcessingException notJson) {
      String where =
          notJson.getLocation() == null
              ? ""
              : " at line %d, column %d"
                  .formatted(
                      notJson.getLocation().getLineNr(), notJson.getLocation().getColumnNr());
      throw malformed(
          record,
          "not JSON" + where + ": " + quoted(notJson.getOriginalMessage()),
          payload,
          notJson);
    }
    if (tree == null || !tree.isObject()) {
      throw malformed(
          record,
          "not a JSON object but " + (tree == null ? "nothing" : tree.getNodeType()),
          payload,
          null);
    }
    for (String field : new String[] {"type", "eventId", "occurredAt"}) {
      JsonNode value = tree.get(field);
      if (value == null || value.isNull() || value.asText().isBlank()) {
        throw malformed(record, "the field \"" + field + "\" is missing", payload, null);
      }
    }
    try {
      return objectMapper.treeToValue(tree, family);
    } catch (InvalidTypeIdException unknownType) {
      throw malformed(
          record,
          "unknown type \"" + unknownType.getTypeId() + "\" for " + family.getSimpleName(),
          payload,
          unknownType);
    } catch (MismatchedInputException wrongShape) {
      throw malformed(
          record,
          "a field of type "
              + tree.get("type").asText()
              + " has the wrong shape at "
              + path(wrongShape)
              + ": "
              + quoted(wrongShape.getOriginalMessage()),
          payload,
          wrongShape);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw malformed(
          record,
          "not a " + family.getSimpleName() + ": " + quoted(unreadable.getMessage()),
          payload,
          unreadable);
    }
  }

  private static byte[] bytes(Object payload) {
    if (payload instanceof byte[] bytes) {
      return bytes;
    }
    if (payload instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    return null;
  }

  private static String path(MismatchedInputException error) {
    StringBuilder path = new StringBuilder("$");
    error
        .getPath()
        .forEach(
            reference ->
                path.append(
                    reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]"));
    return path.toString();
  }

  /** {@code topic-partition@offset (key …)}, as far as the headers tell. */
  static String describe(MessageHeaders headers) {
    Object topic = headers.get(KafkaHeaders.RECEIVED_TOPIC);
    Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
    Object offset = headers.get(KafkaHeaders.OFFSET);
    Object key = headers.get(KafkaHeaders.RECEIVED_KEY);
    StringBuilder record = new StringBuilder(topic == null ? "(topic unknown)" : topic.toString());
    if (partition != null) {
      record.append('-').append(partition);
    }
    if (offset != null) {
      record.append('@').append(offset);
    }
    if (key != null) {
      record
          .append(" (key ")
          .append(key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key)
          .append(')');
    }
    return record.toString();
  }

  private static MalformedEventException malformed(
      String record, String problem, byte[] payload, Throwable cause) {
    return new MalformedEventException(record, problem + "; payload: " + shown(payload), cause);
  }

  private static String shown(byte[] payload) {
    if (payload == null) {
      return "none";
    }
    return quoted(new String(payload, StandardCharsets.UTF_8)) + " (" + payload.length + " bytes)";
  }

  /** The start of a text that came from the record, quoted, control and bidi characters escaped. */
  private static String quoted(String text) {
    if (text == null) {
      return "\"\"";
    }
    StringBuilder shown = new StringBuilder("\"");
    text.codePoints()
        .limit(PAYLOAD_SHOWN)
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                shown.append('\\').append((char) c);
              } else if (c < 0x20
                  || c == 0x7f
                  || (c >= 0x202a && c <= 0x202e)
                  || (c >= 0x2066 && c <= 0x2069)
                  || (c >= 0xd800 && c <= 0xdfff)) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    shown.append(text.codePointCount(0, text.length()) > PAYLOAD_SHOWN ? "…\"" : "\"");
    return shown.toString();
  }
}

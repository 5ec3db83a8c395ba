package org.cishan.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class StrictJsonTest {

  enum Channel {
    ONLINE,
    CASH
  }

  record Amount(Long minorUnits, String currency) {}

  record Gift(
      UUID donationId,
      String donorName,
      Amount amount,
      Boolean anonymous,
      Channel channel,
      List<UUID> galleryImageIds,
      List<String> tags,
      LocalDate valueDate,
      Instant effectiveAt,
      Double rate,
      int count) {}

  static final ObjectMapper TOLERANT = Jackson2ObjectMapperBuilder.json().build();
  static final ObjectMapper STRICT = StrictJson.strictCopyOf(TOLERANT);

  static final String ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
  static final String VALID =
      """
      {"donationId":"%s","donorName":"张三\\tLi\\nWang 😀","amount":{"minorUnits":100,"currency":"CNY"},
       "anonymous":false,"channel":"CASH","galleryImageIds":["%s"],"tags":["助学"],
       "valueDate":"2026-12-08","effectiveAt":"2026-12-08T01:02:03Z","rate":1,"count":2}
      """
          .formatted(ID, ID);

  /** Each hostile body, the field it is refused under, and words of the reason. */
  static Stream<Arguments> hostile() {
    return Stream.of(
        refused("\"amount\":{\"minorUnits\":1.5,\"currency\":\"CNY\"}", "amount.minorUnits"),
        refused("\"amount\":{\"minorUnits\":1.0,\"currency\":\"CNY\"}", "amount.minorUnits"),
        refused("\"amount\":{\"minorUnits\":\"100\",\"currency\":\"CNY\"}", "amount.minorUnits"),
        refused("\"amount\":{\"minorUnits\":true,\"currency\":\"CNY\"}", "amount.minorUnits"),
        refused("\"amount\":{\"minorUnits\":\"\",\"currency\":\"CNY\"}", "amount.minorUnits"),
        refused("\"amount\":{\"minorUnits\":100,\"currency\":840}", "amount.currency"),
        refused("\"amount\":\"\"", "amount"),
        refused("\"donorName\":12", "donorName"),
        refused("\"donorName\":true", "donorName"),
        refused("\"donorName\":\"a\\u0000b\"", "donorName"),
        refused("\"donorName\":\"a\\u001bb\"", "donorName"),
        refused("\"donorName\":\"a\\u0085b\"", "donorName"),
        refused("\"donorName\":\"a\\u007fb\"", "donorName"),
        refused("\"donorName\":\"a\\ud800b\"", "donorName"),
        refused("\"donorName\":\"a\\udc00\"", "donorName"),
        refused("\"donorName\":\"a\\u202eb\"", "donorName"),
        refused("\"donorName\":\"a\\u2067b\"", "donorName"),
        refused("\"donorName\":\"" + "x".repeat(200_001) + "\"", "donorName"),
        refused("\"tags\":[\"ok\",\"b\\u0000\"]", "tags[1]"),
        refused("\"anonymous\":1", "anonymous"),
        refused("\"anonymous\":\"true\"", "anonymous"),
        refused("\"rate\":\"1.5\"", "rate"),
        refused("\"count\":null", "count"),
        refused("\"channel\":\"CHEQUE\"", "channel"),
        refused("\"channel\":1", "channel"),
        refused("\"channel\":\"1\"", "channel"),
        refused("\"channel\":\"cash\"", "channel"),
        refused("\"channel\":\"\"", "channel"),
        refused("\"donationId\":\" %s\"".formatted(ID), "donationId"),
        refused("\"donationId\":\"%s \"".formatted(ID), "donationId"),
        refused("\"donationId\":\"bxwqO01NT2CKe5wNHi86Sw==\"", "donationId"),
        refused("\"donationId\":\"1-1-1-1-1\"", "donationId"),
        refused("\"donationId\":42", "donationId"),
        refused(
            "\"galleryImageIds\":[\"%s\",\"%s\",\"x\"]".formatted(ID, ID), "galleryImageIds[2]"),
        refused("\"valueDate\":\"-999999999-01-01\"", "valueDate"),
        refused("\"valueDate\":\"+10000-01-01\"", "valueDate"),
        refused("\"valueDate\":\" 2026-12-08\"", "valueDate"),
        refused("\"valueDate\":[2026,12,8]", "valueDate"),
        refused("\"effectiveAt\":1700000000", "effectiveAt"),
        refused("\"effectiveAt\":\"-1000000000-01-01T00:00:00Z\"", "effectiveAt"),
        refused("\"effectiveAt\":\"+10000-01-01T00:00:00Z\"", "effectiveAt"),
        refused("\"donorNmae\":\"typo\"", "donorNmae"));
  }

  private static Arguments refused(String replacement, String field) {
    String key = replacement.substring(1, replacement.indexOf('"', 1));
    return Arguments.of(withField(key, replacement), field);
  }

  /** VALID with one field's "key":value replaced by (or, if new, added as) {@code member}. */
  private static String withField(String key, String member) {
    String trimmed = VALID.strip();
    String pattern = "\"" + key + "\":";
    int start = trimmed.indexOf(pattern);
    if (start < 0) {
      return trimmed.substring(0, trimmed.length() - 1) + "," + member + "}";
    }
    int end = endOfValue(trimmed, start + pattern.length());
    return trimmed.substring(0, start) + member + trimmed.substring(end);
  }

  private static int endOfValue(String json, int from) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return json.length();
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("hostile")
  void refusesNamingTheField(String json, String field) {
    assertThatThrownBy(() -> STRICT.readValue(json, Gift.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(e -> assertThat(pathOf((JsonMappingException) e)).isEqualTo(field));
  }

  @Test
  void acceptsAValidBodyAsIs() throws Exception {
    Gift gift = STRICT.readValue(VALID, Gift.class);

    assertThat(gift.donorName()).isEqualTo("张三\tLi\nWang 😀");
    assertThat(gift.amount()).isEqualTo(new Amount(100L, "CNY"));
    assertThat(gift.donationId()).isEqualTo(UUID.fromString(ID));
    assertThat(gift.valueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(gift.channel()).isEqualTo(Channel.CASH);
    assertThat(gift.rate()).isEqualTo(1.0);
  }

  @Test
  void acceptsUpperCaseHexAndNullsForOptionalFields() throws Exception {
    Gift gift =
        STRICT.readValue(
            withField("donationId", "\"donationId\":\"" + ID.toUpperCase() + "\"")
                .replace("\"anonymous\":false", "\"anonymous\":null"),
            Gift.class);

    assertThat(gift.donationId()).isEqualTo(UUID.fromString(ID));
    assertThat(gift.anonymous()).isNull();
  }

  @Test
  void refusesContentAfterTheValueAndRepeatedKeys() {
    for (String json :
        List.of(
            VALID + " xyz",
            VALID + "{}",
            VALID.replace("{\"donationId\"", "{\"count\":3,\"donationId\""))) {
      assertThatThrownBy(() -> STRICT.readValue(json, Gift.class))
          .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
    }
  }

  @Test
  void leavesTheApplicationsMapperTolerant() throws Exception {
    String additive = VALID.strip().replaceFirst("\\}$", ",\"addedLater\":1}");

    assertThat(TOLERANT.readValue(additive, Gift.class).donorName()).startsWith("张三");
    assertThat(
            TOLERANT
                .readValue(
                    withField("amount", "\"amount\":{\"minorUnits\":1.5,\"currency\":\"CNY\"}"),
                    Gift.class)
                .amount()
                .minorUnits())
        .isEqualTo(1L);
  }

  static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}

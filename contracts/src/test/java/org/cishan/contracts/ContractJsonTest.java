package org.cishan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationEvent;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.contracts.donation.DonationRefunded;
import org.cishan.contracts.donation.RestrictionReleased;
import org.cishan.contracts.fund.AllocationReversed;
import org.cishan.contracts.fund.FundsAllocated;
import org.cishan.contracts.fund.FundsDisbursed;
import org.cishan.contracts.fund.ProjectFundEvent;
import org.cishan.contracts.project.ProjectCreated;
import org.cishan.contracts.project.ProjectEvent;
import org.cishan.contracts.project.ProjectStatusChanged;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the exact JSON of every integration event against a golden file in {@code
 * src/test/resources/golden/<type>.json}. A change that breaks one of these tests breaks every
 * consumer in production: make it additive, or publish a new type.
 */
class ContractJsonTest {

  /** Configured like Spring Boot's auto-configured mapper, which the services use on the wire. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");

  static Stream<IntegrationEvent> samples() {
    return Stream.of(
        new DonationReceived(
            UUID.fromString("00000000-0000-0000-0000-00000000e001"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000d001"),
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            Money.cny(10_000)),
        new DonationConfirmed(
            UUID.fromString("00000000-0000-0000-0000-00000000e002"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000d001"),
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            Money.cny(10_000),
            Instant.parse("2026-02-28T00:00:00Z")),
        new ProjectCreated(
            UUID.fromString("00000000-0000-0000-0000-00000000e002"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            "敬老院改造 Elderly home renovation",
            Money.cny(50_000_000)),
        new ProjectStatusChanged(
            UUID.fromString("00000000-0000-0000-0000-00000000e003"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            "APPROVED",
            "XQ-2026-007",
            "敬老院改造 Elderly home renovation",
            null),
        new DonationRefunded(
            UUID.fromString("00000000-0000-0000-0000-00000000e004"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000d001"),
            UUID.fromString("00000000-0000-0000-0000-00000000f001"),
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            Money.cny(2_500)),
        new RestrictionReleased(
            UUID.fromString("00000000-0000-0000-0000-00000000e005"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000d001"),
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            Money.cny(7_500)),
        new FundsAllocated(
            UUID.fromString("00000000-0000-0000-0000-00000000e006"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            UUID.fromString("00000000-0000-0000-0000-00000000a001"),
            Money.cny(1_000_000)),
        new AllocationReversed(
            UUID.fromString("00000000-0000-0000-0000-00000000e007"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            UUID.fromString("00000000-0000-0000-0000-00000000a001"),
            Money.cny(1_000_000)),
        new FundsDisbursed(
            UUID.fromString("00000000-0000-0000-0000-00000000e008"),
            AT,
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            UUID.fromString("00000000-0000-0000-0000-00000000c001"),
            Money.cny(600_000),
            "石门县民政局 Shimen County Civil Affairs Bureau",
            "记-2026-03-015"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void serializesExactlyAsTheGoldenFile(IntegrationEvent event) throws IOException {
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(event));

    assertThat(written).isEqualTo(golden(typeOf(event.getClass())));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsTheGoldenFileBackToTheSameEvent(IntegrationEvent event) throws IOException {
    Class<?> family =
        event instanceof DonationEvent
            ? DonationEvent.class
            : event instanceof ProjectEvent ? ProjectEvent.class : ProjectFundEvent.class;
    String json = MAPPER.writeValueAsString(golden(typeOf(event.getClass())));

    assertThat(MAPPER.readValue(json, family)).isEqualTo(event);
  }

  @Test
  void everyPublishedEventTypeHasAGoldenSample() {
    List<String> sampled = samples().map(e -> typeOf(e.getClass())).toList();
    Stream<Class<?>> published =
        Stream.of(DonationEvent.class, ProjectEvent.class, ProjectFundEvent.class)
            .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
            .filter(type -> !type.getSimpleName().equals("Unrecognized"));

    assertThat(published.map(ContractJsonTest::typeOf))
        .containsExactlyInAnyOrderElementsOf(sampled);
  }

  @Nested
  class TolerantReading {

    @Test
    void ignoresFieldsItDoesNotKnow() throws IOException {
      String json =
          """
          {"type":"DonationReceived.v1","eventId":"00000000-0000-0000-0000-00000000e001",
           "occurredAt":"2026-03-01T08:30:00Z","donationId":"00000000-0000-0000-0000-00000000d001",
           "projectId":null,"amount":{"minorUnits":500,"currency":"CNY","scale":2},
           "addedLater":{"nested":true}}
          """;

      DonationEvent event = MAPPER.readValue(json, DonationEvent.class);

      assertThat(event).isInstanceOf(DonationReceived.class);
      assertThat(((DonationReceived) event).amount()).isEqualTo(Money.cny(500));
    }

    @Test
    void readsAnUnknownTypeAsUnrecognizedInsteadOfFailing() throws IOException {
      String json =
          """
          {"type":"ProjectRenamed.v1","eventId":"00000000-0000-0000-0000-00000000e009",
           "occurredAt":"2026-03-01T08:30:00Z","projectId":"00000000-0000-0000-0000-00000000b001"}
          """;

      ProjectEvent event = MAPPER.readValue(json, ProjectEvent.class);

      assertThat(event)
          .isEqualTo(
              new ProjectEvent.Unrecognized(
                  "ProjectRenamed.v1",
                  UUID.fromString("00000000-0000-0000-0000-00000000e009"),
                  Instant.parse("2026-03-01T08:30:00Z")));
    }
  }

  static String typeOf(Class<?> eventType) {
    return eventType.getAnnotation(JsonTypeName.class).value();
  }

  static JsonNode golden(String type) throws IOException {
    try (InputStream in = ContractJsonTest.class.getResourceAsStream("/golden/" + type + ".json")) {
      assertThat(in).as("golden file golden/%s.json", type).isNotNull();
      return MAPPER.readTree(in);
    }
  }
}

package org.cishan.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class IntegrationEventReaderTest {

  static final String EVENT_ID = "2b0f4c0e-0b7a-4d7e-9a53-6c1c1f3e8a01";
  static final String DONATION_ID = "5f0c2a9e-3f4d-4c35-8e0a-2a4b6d8f0c11";

  final IntegrationEventReader reader =
      new IntegrationEventReader(new ObjectMapper().registerModule(new JavaTimeModule()));

  @Test
  void readsAnEventOfTheFamily() {
    DonationEvent event =
        reader.read(
            record(
                """
                {"type":"DonationConfirmed.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
                 "donationId":"%s","amount":{"minorUnits":500,"currency":"CNY"}}
                """
                    .formatted(EVENT_ID, DONATION_ID)),
            DonationEvent.class);

    assertThat(event).isInstanceOf(DonationConfirmed.class);
    assertThat(((DonationConfirmed) event).donationId()).isEqualTo(UUID.fromString(DONATION_ID));
  }

  @Test
  void readsATypeThisVersionDoesNotKnowAsUnrecognizedForTheConsumerToSkip() {
    DonationEvent event =
        reader.read(
            record(
                """
                {"type":"DonationSplit.v9","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z"}
                """
                    .formatted(EVENT_ID)),
            DonationEvent.class);

    assertThat(event)
        .isEqualTo(
            new DonationEvent.Unrecognized(
                "DonationSplit.v9",
                UUID.fromString(EVENT_ID),
                java.time.Instant.parse("2026-03-01T08:30:00Z")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON                  | Spende über 5 yuan                                    | not JSON
          cut short                 | {"type":"DonationConfirmed.v1",                       | not JSON
          trailing garbage          | {"type":"X","eventId":"%1$s","occurredAt":"2026-03-01T08:30:00Z"} xyz | not JSON
          an array                  | [1,2]                                                 | not a JSON object but ARRAY
          a string                  | "DonationConfirmed.v1"                                | not a JSON object but STRING
          empty                     | ''                                                    | the payload is empty
          no type                   | {"eventId":"%1$s","occurredAt":"2026-03-01T08:30:00Z"} | the field "type" is missing
          a blank type              | {"type":" ","eventId":"%1$s","occurredAt":"2026-03-01T08:30:00Z"} | the field "type" is missing
          no event id               | {"type":"DonationConfirmed.v1","occurredAt":"2026-03-01T08:30:00Z"} | the field "eventId" is missing
          a null occurredAt         | {"type":"DonationConfirmed.v1","eventId":"%1$s","occurredAt":null} | the field "occurredAt" is missing
          an id that is no UUID     | {"type":"DonationConfirmed.v1","eventId":"42","occurredAt":"2026-03-01T08:30:00Z"} | wrong shape at $.eventId
          a string amount           | {"type":"DonationConfirmed.v1","eventId":"%1$s","occurredAt":"2026-03-01T08:30:00Z","amount":{"minorUnits":"many","currency":"CNY"}} | wrong shape at $.amount.minorUnits
          """)
  void refusesARecordThatIsNoEventNamingTheRecordAndTheFault(
      String why, String payload, String fault) {
    Message<byte[]> record = record(payload.formatted(EVENT_ID));

    assertThatThrownBy(() -> reader.read(record, DonationEvent.class))
        .isInstanceOf(MalformedEventException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Malformed event record donation.donation-events-2@17 (key " + DONATION_ID + "): ")
        .hasMessageContaining(fault)
        .hasMessageContaining("payload: ");
  }

  @Test
  void showsTheStartOfThePayloadWithControlCharactersEscaped() {
    String payload = "\u0000\u202e" + "x".repeat(500);

    assertThatThrownBy(() -> reader.read(record(payload), DonationEvent.class))
        .hasMessageContaining("payload: \"\\u0000\\u202e" + "x".repeat(198) + "…\" (504 bytes)");
  }

  @Test
  void refusesBytesThatAreNoUtf8() {
    Message<byte[]> record =
        MessageBuilder.withPayload(new byte[] {'{', (byte) 0xc3, (byte) 0x28, '}'}).build();

    assertThatThrownBy(() -> reader.read(record, DonationEvent.class))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("not UTF-8 text");
  }

  @Test
  void saysSoWhenTheRecordsPlaceIsNotKnown() {
    Message<byte[]> bare =
        MessageBuilder.withPayload("nope".getBytes(StandardCharsets.UTF_8)).build();

    assertThatThrownBy(() -> reader.read(bare, DonationEvent.class))
        .hasMessageStartingWith("Malformed event record (topic unknown): not JSON");
  }

  private static Message<byte[]> record(String payload) {
    return MessageBuilder.withPayload(payload.getBytes(StandardCharsets.UTF_8))
        .setHeader(KafkaHeaders.RECEIVED_TOPIC, "donation.donation-events")
        .setHeader(KafkaHeaders.RECEIVED_PARTITION, 2)
        .setHeader(KafkaHeaders.OFFSET, 17L)
        .setHeader(KafkaHeaders.RECEIVED_KEY, DONATION_ID)
        .build();
  }
}

package org.cishan.donation.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cishan.donation.domain.Money;
import org.junit.jupiter.api.Test;

/** Stored events are read forever: payloads written before a field existed must still load. */
class DonationReceivedEventJsonTest {

  private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

  @Test
  void aPayloadFromBeforeDonorAccountsReadsThemAsUnknown() {
    String stored =
        """
        {"donationId":"6f1c2b1e-0a4c-4a57-9d8e-2f0b5d7c9a11","donorName":"张三",
         "amount":{"minorUnits":10000,"currency":"CNY"},"projectId":null}
        """;

    DonationReceivedEvent event =
        serializer.deserialize(
            new SimpleSerializedObject<>(
                stored.getBytes(StandardCharsets.UTF_8),
                byte[].class,
                new SimpleSerializedType(DonationReceivedEvent.class.getName(), "1")));

    assertThat(event)
        .isEqualTo(
            new DonationReceivedEvent(
                UUID.fromString("6f1c2b1e-0a4c-4a57-9d8e-2f0b5d7c9a11"),
                "张三",
                Money.of(10_000, "CNY"),
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null));
  }
}

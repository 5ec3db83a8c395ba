package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Pending → confirmed | voided: only confirmed money counts, the sweep voids what is overdue. */
class DonationStatusIT extends DonationServiceIntegrationTest {

  @Nested
  class ConfirmingAndVoiding {

    @Test
    void onlyConfirmedMoneyReachesTheTotalsAndIsAnnouncedAsConfirmed() throws Exception {
      UUID donationId = UUID.randomUUID();
      postDonation(donation(donationId, "确认", 777, "EUR", null));
      await("pending in finance's list")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(
                          json.readTree(
                                  getAs(Caller.FINANCE, "/api/donations/pending?size=100")
                                      .getBody())
                              .get("items")
                              .findValuesAsText("donationId"))
                      .contains(donationId.toString()));
      assertThat(totalIn("EUR")).isZero();

      ResponseEntity<String> confirmed = confirm(donationId);

      assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
      assertThat(confirm(donationId).getStatusCode().value()).isEqualTo(200);
      await("confirmed money in the totals")
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(totalIn("EUR")).isEqualTo(777));
      assertThat(
              jdbc.sql(
                      "select count(*) from domain_event_entry where aggregate_identifier = :id"
                          + " and payload_type not like '%.ReceiptIssuedEvent'")
                  .param("id", donationId.toString())
                  .query(Long.class)
                  .single())
          .as("received + one confirmation (and its receipt), however often confirmed")
          .isEqualTo(2);
      List<ConsumerRecord<String, String>> announced =
          topics().recordsWithKey(Topics.DONATION_EVENTS, donationId.toString(), 2, PATIENCE);
      assertThat(announced).hasSize(2);
      JsonNode confirmation = json.readTree(announced.get(1).value());
      assertThat(confirmation.get("type").asText()).isEqualTo("DonationConfirmed.v1");
      assertThat(confirmation.get("amount"))
          .isEqualTo(json.readTree("{\"minorUnits\":777,\"currency\":\"EUR\"}"));
      assertThat(confirmation.hasNonNull("effectiveAt")).isTrue();
    }

    @Test
    void aVoidedDonationNeverCountsAndCannotBeConfirmed() throws Exception {
      UUID donationId = UUID.randomUUID();
      postDonation(donation(donationId, "作废", 555, "SEK", null));

      assertThat(voidDonation(donationId, "payment cancelled").getStatusCode().value())
          .isEqualTo(200);
      ResponseEntity<String> late = confirm(donationId);

      assertThat(late.getStatusCode().value()).isEqualTo(409);
      assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      await("voided in the summary")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(
                          json.readTree(getAs(Caller.FINANCE, path(donationId)).getBody())
                              .get("status")
                              .asText())
                      .isEqualTo("VOIDED"));
      assertThat(totalIn("SEK")).isZero();
    }

    @Test
    void confirmedMoneyIsCountedOnTheDayItMovedInTheFederationsTimeZone() throws Exception {
      UUID donationId = UUID.randomUUID();
      String valueDated =
          """
          {"donationId":"%s","donorName":"某基金会","amount":{"minorUnits":900,"currency":"CHF"},
           "channel":"BANK_TRANSFER","effectiveAt":"2026-02-28T16:30:00Z"}
          """
              .formatted(donationId);
      assertThat(postAs(Caller.FINANCE, valueDated).getStatusCode().value()).isEqualTo(201);
      confirm(donationId);

      await("the day in the daily totals")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                JsonNode days =
                    json.readTree(
                            http.getForObject(
                                "/api/donations/totals/daily?from=2026-02-28&to=2026-03-01",
                                String.class))
                        .get("days");
                // 16:30 UTC on 28 February is 00:30 on 1 March in Shanghai
                assertThat(days.findValuesAsText("day")).contains("2026-03-01");
                assertThat(days.toString()).contains("\"currency\":\"CHF\"");
                assertThat(days.findValues("totals").toString()).contains("900");
              });
      assertThat(
              http.getForEntity(
                      "/api/donations/totals/daily?from=2026-03-02&to=2026-03-01", String.class)
                  .getStatusCode()
                  .value())
          .isEqualTo(400);
      assertThat(
              http.getForEntity("/api/donations/totals/daily?to=2026-03-01", String.class)
                  .getStatusCode()
                  .value())
          .isEqualTo(400);
    }

    @Test
    void aDonationTheLedgerDoesNotHoldCannotBeConfirmedOrVoided() {
      assertThat(confirm(UUID.randomUUID()).getStatusCode().value()).isEqualTo(404);
      assertThat(voidDonation(UUID.randomUUID(), "x").getStatusCode().value()).isEqualTo(404);
      assertThat(
              postTo(Caller.FINANCE, path(UUID.randomUUID()) + "/void", "{}")
                  .getStatusCode()
                  .value())
          .isEqualTo(400);
    }

    @Test
    void theSweepVoidsPendingDonationsPastTheirDeadline() {
      UUID donationId = UUID.randomUUID();
      postDonation(donation(donationId, "逾期", 100, "CNY", null));

      await("voided after its one-second deadline")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                sweep.sweep();
                assertThat(eventsOfType("DonationVoidedEvent")).isPositive();
                assertThat(
                        jdbc.sql("select status from donation_summary where donation_id = :id")
                            .param("id", donationId)
                            .query(String.class)
                            .optional())
                    .contains("VOIDED");
              });
    }

    private long totalIn(String currency) {
      return jdbc.sql("select coalesce(sum(minor_units), 0) from public_total where currency = :c")
          .param("c", currency)
          .query(Long.class)
          .single();
    }
  }
}

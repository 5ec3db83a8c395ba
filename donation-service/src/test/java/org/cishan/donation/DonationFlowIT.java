package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.cishan.contracts.Topics;
import org.cishan.donation.messaging.outbound.DonationIntegrationEventPublisher;
import org.cishan.donation.query.donationsummary.DonationSummaryProjection;
import org.cishan.donation.query.publictotals.PublicTotalsProjection;
import org.cishan.donation.sweep.PendingDeadlineSweep;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * donation-service as it runs: HTTP in, the Axon event store in a fresh PostgreSQL database,
 * projections, and the publisher sending to a real (in-JVM KRaft) Kafka broker.
 */
class DonationFlowIT extends DonationServiceIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventProcessingConfiguration processing;
  @Autowired FlakyProjection flaky;
  @Autowired PendingDeadlineSweep sweep;

  @Nested
  class Receiving {

    @Test
    void storesPublishesAndProjectsADonation() throws Exception {
      UUID donationId = UUID.randomUUID();
      UUID projectId = UUID.randomUUID();

      ResponseEntity<String> created = post(donation(donationId, "张三", 12_345, "HKD", projectId));

      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      assertThat(created.getHeaders().getLocation()).hasToString("/api/donations/" + donationId);
      JsonNode body = json.readTree(created.getBody());
      assertThat(body.get("donationId").asText()).isEqualTo(donationId.toString());
      assertThat(body.get("donorName").asText()).isEqualTo("张三");
      assertThat(body.at("/amount/minorUnits").asLong()).isEqualTo(12_345);
      assertThat(body.at("/amount/currency").asText()).isEqualTo("HKD");
      assertThat(body.get("projectId").asText()).isEqualTo(projectId.toString());

      ConsumerRecord<String, String> record =
          topics().theRecordWithKey(Topics.DONATION_EVENTS, donationId.toString(), PATIENCE);
      JsonNode published = json.readTree(record.value());
      assertThat(published.get("type").asText()).isEqualTo("DonationReceived.v1");
      assertThat(published.get("eventId").asText()).isEqualTo(storedEventIdentifier(donationId));
      assertThat(published.get("donationId").asText()).isEqualTo(donationId.toString());
      assertThat(published.get("projectId").asText()).isEqualTo(projectId.toString());
      assertThat(published.get("amount"))
          .isEqualTo(json.readTree("{\"minorUnits\":12345,\"currency\":\"HKD\"}"));
      assertThat(Instant.parse(published.get("occurredAt").asText()))
          .isEqualTo(Instant.parse(storedTimestamp(donationId)));
      assertThat(KafkaTopics.header(record, IntegrationEventPublisher.EVENT_TYPE_HEADER))
          .isEqualTo("DonationReceived.v1");

      await("summary of the donation")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                ResponseEntity<String> found = getAs(Caller.FINANCE, path(donationId));
                assertThat(found.getStatusCode().value()).isEqualTo(200);
                assertThat(json.readTree(found.getBody())).isEqualTo(body);
              });
      assertThat(confirm(donationId).getStatusCode().value()).isEqualTo(200);
      await("public totals")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                JsonNode totals = json.readTree(http.getForObject(totalsPath(), String.class));
                assertThat(totals.get("donationCount").asLong()).isPositive();
                assertThat(totals.get("totals"))
                    .contains(json.readTree("{\"minorUnits\":12345,\"currency\":\"HKD\"}"));
              });
    }

    @Test
    void storesTheEventAsReadableJsonWithoutLargeObjects() {
      UUID donationId = UUID.randomUUID();

      assertThat(post(donation(donationId, "李华", 500, "CNY", null)).getStatusCode().value())
          .isEqualTo(201);

      Map<String, Object> stored =
          jdbc.sql(
                  """
                  select convert_from(payload, 'UTF8')::jsonb ->> 'donorName' as donor,
                         convert_from(payload, 'UTF8')::jsonb -> 'amount' ->> 'currency' as currency,
                         payload_revision
                    from domain_event_entry where aggregate_identifier = :id
                  """)
              .param("id", donationId.toString())
              .query()
              .singleRow();
      assertThat(stored).containsEntry("donor", "李华").containsEntry("currency", "CNY");
      assertThat(stored).containsEntry("payload_revision", "1");
      assertThat(count("select count(*) from pg_largeobject_metadata")).isZero();
      assertThat(
              count(
                  "select count(*) from information_schema.columns"
                      + " where table_schema = 'public' and data_type = 'oid'"))
          .isZero();
    }

    @Test
    void answersAnIdenticalRetryWithTheOriginalResultAndStoresNothingMore() throws Exception {
      UUID donationId = UUID.randomUUID();
      ResponseEntity<String> first = post(donation(donationId, "王芳", 100, "CNY", null));

      ResponseEntity<String> again = post(donation(donationId, "王芳", 100, "CNY", null));

      assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(201);
      assertThat(json.readTree(again.getBody())).isEqualTo(json.readTree(first.getBody()));
      assertThat(eventsOf(donationId)).isEqualTo(1);
    }

    @Test
    void answersTheSameIdWithOtherContentWithAConflictAndStoresNothingMore() {
      UUID donationId = UUID.randomUUID();
      assertThat(post(donation(donationId, "王芳", 100, "CNY", null)).getStatusCode().value())
          .isEqualTo(201);

      ResponseEntity<String> other = post(donation(donationId, "王芳", 200, "CNY", null));

      assertThat(other.getStatusCode().value()).isEqualTo(409);
      assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(eventsOf(donationId)).isEqualTo(1);
    }

    @Test
    void concurrentIdenticalRequestsAllSucceedWithOneDonation() throws Exception {
      UUID donationId = UUID.randomUUID();
      String body = donation(donationId, "并发", 300, "CNY", null);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          answers.add(pool.submit(() -> post(body)));
        }
        for (Future<ResponseEntity<String>> answer : answers) {
          assertThat(answer.get().getStatusCode().value())
              .as(answer.get().getBody())
              .isEqualTo(201);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(eventsOf(donationId)).isEqualTo(1);
    }

    @Test
    void financeRecordsABackdatedBankTransferWithAllItsDetails() throws Exception {
      UUID donationId = UUID.randomUUID();
      String body =
          """
          {"donationId":"%s","donorName":"某某科技有限公司","amount":{"minorUnits":500000,"currency":"CNY"},
           "channel":"BANK_TRANSFER","paymentReference":"BOC-0301-42","anonymous":true,
           "donorIdNumber":"91110000MA01ABCD1X","message":"为老人送温暖",
           "effectiveAt":"2026-03-01T00:00:00Z"}
          """
              .formatted(donationId);

      ResponseEntity<String> created = postAs(Caller.FINANCE, body);

      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      JsonNode answer = json.readTree(created.getBody());
      assertThat(answer.get("channel").asText()).isEqualTo("BANK_TRANSFER");
      assertThat(answer.get("effectiveAt").asText()).isEqualTo("2026-03-01T00:00:00Z");
      assertThat(answer.get("anonymous").asBoolean()).isTrue();
      await("the summary with its effective time")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(json.readTree(getAs(Caller.FINANCE, path(donationId)).getBody()))
                      .isEqualTo(answer));
    }

    @Test
    void offlineMoneyAndBackdatingAreForFinanceOnly() {
      String cash =
          """
          {"donationId":"%s","donorName":"张三","amount":{"minorUnits":100,"currency":"CNY"},
           "channel":"CASH"}
          """
              .formatted(UUID.randomUUID());
      String backdated =
          """
          {"donationId":"%s","donorName":"张三","amount":{"minorUnits":100,"currency":"CNY"},
           "effectiveAt":"2026-01-01T00:00:00Z"}
          """
              .formatted(UUID.randomUUID());
      long eventsBefore = count("select count(*) from domain_event_entry");

      assertThat(post(cash).getStatusCode().value()).isEqualTo(401);
      assertThat(postAs(Caller.DONOR, cash).getStatusCode().value()).isEqualTo(403);
      assertThat(postAs(Caller.DONOR, backdated).getStatusCode().value()).isEqualTo(403);
      assertThat(count("select count(*) from domain_event_entry")).isEqualTo(eventsBefore);
    }
  }

  @Nested
  class ConfirmingAndVoiding {

    @Test
    void onlyConfirmedMoneyReachesTheTotalsAndIsAnnouncedAsConfirmed() throws Exception {
      UUID donationId = UUID.randomUUID();
      post(donation(donationId, "确认", 777, "EUR", null));
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
              jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
                  .param("id", donationId.toString())
                  .query(Long.class)
                  .single())
          .as("received + one confirmation, however often confirmed")
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
      post(donation(donationId, "作废", 555, "GBP", null));

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
      assertThat(totalIn("GBP")).isZero();
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
      post(donation(donationId, "逾期", 100, "CNY", null));

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

  @Nested
  class DonorsAndTheirDonations {

    @Test
    void aSignedInDonorsGiftIsTheirsWhateverTheBodyClaims() throws Exception {
      UUID donationId = UUID.randomUUID();
      String claimingSomeoneElse =
          donation(donationId, "陈明", 800, "CNY", null)
              .replace("{", "{\"donorAccountId\":\"someone-else\",\"recordedBy\":\"x\",");

      ResponseEntity<String> created = postAs(Caller.DONOR, claimingSomeoneElse);

      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      Map<String, Object> stored = whoOf(donationId);
      assertThat(stored)
          .containsEntry("donor", Caller.DONOR.subject())
          .containsEntry("recorder", Caller.DONOR.subject());
      await("the donor's own list")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(
                          json.readTree(getAs(Caller.DONOR, "/api/donations/mine").getBody())
                              .findValuesAsText("donationId"))
                      .contains(donationId.toString()));
      assertThat(getAs(Caller.DONOR, path(donationId)).getStatusCode().value()).isEqualTo(200);
      assertThat(getAs(Caller.OTHER_DONOR, path(donationId)).getStatusCode().value())
          .isEqualTo(404);
      assertThat(
              json.readTree(getAs(Caller.OTHER_DONOR, "/api/donations/mine").getBody())
                  .findValuesAsText("donationId"))
          .doesNotContain(donationId.toString());
    }

    @Test
    void aGiftWithoutAnAccountBelongsToNoDonor() {
      UUID donationId = UUID.randomUUID();

      assertThat(post(donation(donationId, "无名氏", 100, "CNY", null)).getStatusCode().value())
          .isEqualTo(201);

      assertThat(whoOf(donationId)).containsEntry("donor", null).containsEntry("recorder", null);
    }

    @Test
    void staffEnteringAGiftAreRecordedButDoNotOwnIt() {
      UUID donationId = UUID.randomUUID();

      postAs(Caller.FINANCE, donation(donationId, "现金捐赠人", 5_000, "CNY", null));

      Map<String, Object> stored = whoOf(donationId);
      assertThat(stored.get("donor")).isNull();
      assertThat(stored).containsEntry("recorder", Caller.FINANCE.subject());
    }
  }

  @Nested
  class RefusingInvalidInput {

    static Stream<Arguments> invalidBodies() {
      String id = UUID.randomUUID().toString();
      return Stream.of(
          Arguments.of(
              "{\"donationId\":\"%s\",\"amount\":{\"minorUnits\":100,\"currency\":\"CNY\"}}"
                  .formatted(id),
              "donorName"),
          Arguments.of(
              "{\"donationId\":\"%s\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":0,\"currency\":\"CNY\"}}"
                  .formatted(id),
              "amount.minorUnits"),
          Arguments.of(
              "{\"donationId\":\"%s\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":100,\"currency\":\"XYZ\"}}"
                  .formatted(id),
              "amount.currency"),
          Arguments.of(
              "{\"donationId\":\"not-a-uuid\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":100,\"currency\":\"CNY\"}}",
              "donationId"),
          Arguments.of(
              "{\"donationId\":\"%s\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":10000000001,\"currency\":\"CNY\"}}"
                  .formatted(id),
              "amount.minorUnits"),
          Arguments.of(
              "{\"donationId\":\"%s\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":100,\"currency\":\"CNY\"},\"channel\":\"CHEQUE\"}"
                  .formatted(id),
              "channel"),
          Arguments.of(
              "{\"donationId\":\"%s\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":100,\"currency\":\"CNY\"},\"donorIdNumber\":\"12-34\"}"
                  .formatted(id),
              "donorIdNumber"),
          Arguments.of(
              "{\"donationId\":\"%s\",\"donorName\":\"张三\",\"amount\":{\"minorUnits\":100,\"currency\":\"CNY\"},\"message\":\"%s\"}"
                  .formatted(id, "话".repeat(501)),
              "message"),
          Arguments.of("{\"donationId\":\"%s\",\"donorName\":".formatted(id), "body"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void answers400NamingTheFieldAndStoresNoEvent(String body, String field) throws Exception {
      long eventsBefore = count("select count(*) from domain_event_entry");

      ResponseEntity<String> refused = post(body);

      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(refused.getBody());
      assertThat(problem.get("type").asText()).isEqualTo("urn:cishan:problem:invalid-request");
      assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(field);
      assertThat(count("select count(*) from domain_event_entry")).isEqualTo(eventsBefore);
    }

    @Test
    void answers400ForAPathIdThatIsNotAUuid() throws Exception {
      ResponseEntity<String> refused = getAs(Caller.FINANCE, "/api/donations/12345");

      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("id");
    }

    @Test
    void answers404ForAnUnknownDonation() {
      ResponseEntity<String> missing = getAs(Caller.FINANCE, path(UUID.randomUUID()));

      assertThat(missing.getStatusCode().value()).isEqualTo(404);
      assertThat(missing.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Nested
  class ProcessingEvents {

    static final List<String> GROUPS =
        List.of(
            PublicTotalsProjection.PROCESSING_GROUP,
            DonationSummaryProjection.PROCESSING_GROUP,
            DonationIntegrationEventPublisher.PROCESSING_GROUP);

    @Test
    void runsEveryGroupInAPooledStreamingProcessorThatPropagatesFailures() {
      for (String group : GROUPS) {
        assertThat(processing.eventProcessor(group))
            .as(group)
            .containsInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing.listenerInvocationErrorHandler(group))
            .as(group)
            .isInstanceOf(PropagatingErrorHandler.class);
      }
    }

    @Test
    void retriesAFailingHandlerUntilItSucceedsInsteadOfSkippingTheEvent() {
      UUID donationId = UUID.randomUUID();
      flaky.failingDonor = "周九";
      flaky.failuresLeft.set(2);

      post(donation(donationId, "周九", 100, "CNY", null));

      await("the event projected after two failures")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(flaky.projected).contains(donationId));
      assertThat(flaky.attempts.get()).isEqualTo(3);
    }

    @Test
    void rebuildsTheProjectionsIdenticallyFromTheEventStore() {
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      post(donation(first, "赵六", 100, "CNY", UUID.randomUUID()));
      post(donation(second, "钱七", 250, "USD", null));
      post(donation(UUID.randomUUID(), "孙八", 300, "CNY", null));
      confirm(first);
      voidDonation(second, "the payment was cancelled");
      awaitProjectionsCaughtUp();
      List<Map<String, Object>> totals = rows("select * from public_total order by currency");
      List<Map<String, Object>> days =
          rows("select * from public_total_day order by day, currency");
      List<Map<String, Object>> summaries =
          rows("select * from donation_summary order by donation_id");
      long published = topics().recordCount(Topics.DONATION_EVENTS);

      rebuild(PublicTotalsProjection.PROCESSING_GROUP);
      rebuild(DonationSummaryProjection.PROCESSING_GROUP);

      await("rebuilt projections")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                assertThat(rows("select * from public_total order by currency")).isEqualTo(totals);
                assertThat(rows("select * from public_total_day order by day, currency"))
                    .isEqualTo(days);
                assertThat(rows("select * from donation_summary order by donation_id"))
                    .isEqualTo(summaries);
              });
      assertThat(topics().recordCount(Topics.DONATION_EVENTS)).isEqualTo(published);
    }

    @Test
    void neverReplaysThePublisher() {
      StreamingEventProcessor publisher =
          processing
              .eventProcessor(
                  DonationIntegrationEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
              .orElseThrow();

      assertThat(publisher.supportsReset()).isFalse();
    }

    private void awaitProjectionsCaughtUp() {
      await("projections and publisher caught up")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                assertThat(count("select count(*) from donation_summary"))
                    .isEqualTo(eventsOfType("DonationReceivedEvent"));
                assertThat(count("select coalesce(sum(donation_count), 0) from public_total"))
                    .isEqualTo(eventsOfType("DonationConfirmedEvent"));
                assertThat(count("select count(*) from donation_summary where status <> 'PENDING'"))
                    .isEqualTo(
                        eventsOfType("DonationConfirmedEvent")
                            + eventsOfType("DonationVoidedEvent"));
                assertThat(topics().recordCount(Topics.DONATION_EVENTS))
                    .isGreaterThanOrEqualTo(
                        eventsOfType("DonationReceivedEvent")
                            + eventsOfType("DonationConfirmedEvent"));
              });
    }

    private void rebuild(String group) {
      StreamingEventProcessor processor =
          processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
      processor.shutDown();
      processor.resetTokens();
      processor.start();
    }
  }

  /** The stored event's {@code donor} (account) and {@code recorder}, as written in its JSON. */
  private Map<String, Object> whoOf(UUID donationId) {
    return jdbc.sql(
            """
            select convert_from(payload, 'UTF8')::jsonb ->> 'donorAccountId' as donor,
                   convert_from(payload, 'UTF8')::jsonb ->> 'recordedBy' as recorder
              from domain_event_entry where aggregate_identifier = :id
            """)
        .param("id", donationId.toString())
        .query()
        .singleRow();
  }

  private ResponseEntity<String> confirm(UUID donationId) {
    return postTo(Caller.FINANCE, path(donationId) + "/confirm", "");
  }

  private ResponseEntity<String> voidDonation(UUID donationId, String reason) {
    return postTo(Caller.FINANCE, path(donationId) + "/void", "{\"reason\":\"" + reason + "\"}");
  }

  private long eventsOfType(String simpleName) {
    return jdbc.sql("select count(*) from domain_event_entry where payload_type like :type")
        .param("type", "%." + simpleName)
        .query(Long.class)
        .single();
  }

  private KafkaTopics topics() {
    return new KafkaTopics(kafka);
  }

  private ResponseEntity<String> post(String body) {
    return postAs(Caller.ANONYMOUS, body);
  }

  private ResponseEntity<String> postAs(Caller caller, String body) {
    return postTo(caller, "/api/donations", body);
  }

  private ResponseEntity<String> postTo(Caller caller, String path, String body) {
    HttpHeaders headers = headersOf(caller);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> getAs(Caller caller, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headersOf(caller)), String.class);
  }

  private static HttpHeaders headersOf(Caller caller) {
    HttpHeaders headers = new HttpHeaders();
    String authorization = caller.authorization(TestTokens.shared());
    if (authorization != null) {
      headers.set(HttpHeaders.AUTHORIZATION, authorization);
    }
    return headers;
  }

  private String donation(UUID id, String donor, long minorUnits, String currency, UUID project) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("donationId", id);
    body.put("donorName", donor);
    body.put("amount", Map.of("minorUnits", minorUnits, "currency", currency));
    body.put("projectId", project);
    try {
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String path(UUID donationId) {
    return "/api/donations/" + donationId;
  }

  private static String totalsPath() {
    return "/api/donations/totals";
  }

  private long eventsOf(UUID donationId) {
    return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
        .param("id", donationId.toString())
        .query(Long.class)
        .single();
  }

  private String storedEventIdentifier(UUID donationId) {
    return storedColumn("event_identifier", donationId);
  }

  private String storedTimestamp(UUID donationId) {
    return storedColumn("time_stamp", donationId);
  }

  private String storedColumn(String column, UUID donationId) {
    return jdbc.sql(
            "select " + column + " from domain_event_entry where aggregate_identifier = :id")
        .param("id", donationId.toString())
        .query(String.class)
        .single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private List<Map<String, Object>> rows(String sql) {
    return jdbc.sql(sql).query().listOfRows();
  }
}

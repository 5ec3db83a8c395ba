package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.KafkaTopics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** Receiving donations through the API: details, idempotent retries, refusals, who gave. */
class DonationIntakeIT extends DonationServiceIntegrationTest {

  @Nested
  class Receiving {

    @Test
    void storesPublishesAndProjectsADonation() throws Exception {
      UUID donationId = UUID.randomUUID();
      UUID projectId = knownProject("DRAFT", "乡村小学", Instant.now());

      ResponseEntity<String> created =
          postDonation(donation(donationId, "张三", 12_345, "HKD", projectId));

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

      assertThat(postDonation(donation(donationId, "李华", 500, "CNY", null)).getStatusCode().value())
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
      ResponseEntity<String> first = postDonation(donation(donationId, "王芳", 100, "CNY", null));

      ResponseEntity<String> again = postDonation(donation(donationId, "王芳", 100, "CNY", null));

      assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(201);
      assertThat(json.readTree(again.getBody())).isEqualTo(json.readTree(first.getBody()));
      assertThat(eventsOf(donationId)).isEqualTo(1);
    }

    @Test
    void answersTheSameIdWithOtherContentWithAConflictAndStoresNothingMore() {
      UUID donationId = UUID.randomUUID();
      assertThat(postDonation(donation(donationId, "王芳", 100, "CNY", null)).getStatusCode().value())
          .isEqualTo(201);

      ResponseEntity<String> other = postDonation(donation(donationId, "王芳", 200, "CNY", null));

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
          answers.add(pool.submit(() -> postDonation(body)));
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

      assertThat(postDonation(cash).getStatusCode().value()).isEqualTo(401);
      assertThat(postAs(Caller.DONOR, cash).getStatusCode().value()).isEqualTo(403);
      assertThat(postAs(Caller.DONOR, backdated).getStatusCode().value()).isEqualTo(403);
      assertThat(count("select count(*) from domain_event_entry")).isEqualTo(eventsBefore);
    }
  }

  @Nested
  class DonorsAndTheirDonations {

    @Test
    void aSignedInDonorsGiftIsTheirsAndABodyClaimingAnotherAccountIsRefused() throws Exception {
      UUID donationId = UUID.randomUUID();
      String claimingSomeoneElse =
          donation(donationId, "陈明", 800, "CNY", null)
              .replaceFirst("\\{", "{\"donorAccountId\":\"someone-else\",\"recordedBy\":\"x\",");

      ResponseEntity<String> claimed = postAs(Caller.DONOR, claimingSomeoneElse);
      assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(400);
      assertThat(json.readTree(claimed.getBody()).at("/errors/0/field").asText())
          .isEqualTo("donorAccountId");
      assertThat(eventsOf(donationId)).isZero();

      ResponseEntity<String> created =
          postAs(Caller.DONOR, donation(donationId, "陈明", 800, "CNY", null));

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

      assertThat(
              postDonation(donation(donationId, "无名氏", 100, "CNY", null)).getStatusCode().value())
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
          Arguments.of("{\"donationId\":\"%s\",\"donorName\":".formatted(id), "body"),
          // issue 14: loose JSON is refused, not coerced
          Arguments.of(gift(id, "张三", "1.5"), "amount.minorUnits"),
          Arguments.of(gift(id, "张三", "\"100\""), "amount.minorUnits"),
          Arguments.of(gift(id, "张三", "100") + " xyz", "body"),
          Arguments.of(gift(id, "张三", "100") + "{}", "body"),
          Arguments.of(gift(id, "a\\u0000b", "100"), "donorName"),
          Arguments.of(gift(id, "\\u202Egnp.exe", "100"), "donorName"),
          Arguments.of(gift(" " + id, "张三", "100"), "donationId"),
          Arguments.of(gift(id, "张三", "100").replace("}}", "},\"projectID\":null}"), "projectID"));
    }

    private static String gift(String id, String donorName, String minorUnits) {
      return "{\"donationId\":\"%s\",\"donorName\":\"%s\",\"amount\":{\"minorUnits\":%s,\"currency\":\"CNY\"}}"
          .formatted(id, donorName, minorUnits);
    }

    @Test
    void refusesAPathIdWithALeadingSpaceAndLeavesTheGiftAlone() throws Exception {
      UUID id = UUID.randomUUID();
      assertThat(postDonation(donation(id, "张三", 100, "CNY", null)).getStatusCode().value())
          .isEqualTo(201);
      HttpHeaders headers = headersOf(Caller.FINANCE);
      headers.setContentType(MediaType.APPLICATION_JSON);

      ResponseEntity<String> refused =
          http.exchange(
              RequestEntity.post(URI.create("/api/donations/%20" + id + "/void"))
                  .headers(headers)
                  .body("{\"reason\":\"测试\"}"),
              String.class);

      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("id");
      assertThat(eventsOf(id)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*"})
    void answers415ForAContentTypePattern(String contentType) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.CONTENT_TYPE, contentType);
      String body = donation(UUID.randomUUID(), "张三", 100, "CNY", null);

      ResponseEntity<String> refused =
          http.postForEntity("/api/donations", new HttpEntity<>(body, headers), String.class);

      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(415);
      assertThat(refused.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void answers400NamingTheFieldAndStoresNoEvent(String body, String field) throws Exception {
      long eventsBefore = count("select count(*) from domain_event_entry");

      ResponseEntity<String> refused = postDonation(body);

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
}

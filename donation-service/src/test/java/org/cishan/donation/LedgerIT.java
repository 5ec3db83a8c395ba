package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cishan.contracts.Topics;
import org.cishan.donation.allocation.RestrictedGiftAllocation;
import org.cishan.donation.query.projectfunding.ProjectFundingProjection;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * The ledger's money after intake, against the real PostgreSQL and Kafka: restricted gifts reach
 * their project, finance allocates by the policy, pays partners, refunds; every yuan traces back to
 * its donors; concurrent allocations never take the same money twice; receipts are numbered without
 * gaps. Each test keeps to its own currency, so the shared pool of the other tests does not touch
 * it.
 */
class LedgerIT extends DonationServiceIntegrationTest {

  static final Instant THREE_DAYS_AGO = Instant.now().minus(3, ChronoUnit.DAYS);

  @Nested
  class FromDonorToPartner {

    @Test
    void everyYuanIsAllocatedByThePolicyPaidOutAndTracedBackToItsDonors() throws Exception {
      UUID project = approvedProject("敬老院改造");
      UUID oldest = cashGift(60_000, "HKD", null, false, THREE_DAYS_AGO);
      UUID younger = cashGift(30_000, "HKD", null, false, THREE_DAYS_AGO.plusSeconds(3600));
      UUID restricted = cashGift(20_000, "HKD", project, true, THREE_DAYS_AGO.plusSeconds(7200));

      await("the restricted gift allocated to its project when confirmed")
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(funding(project, "allocated")).isEqualTo(20_000));
      awaitUnrestrictedPool("HKD", 90_000);

      ResponseEntity<String> allocated = allocate(UUID.randomUUID(), project, 70_000, "HKD");
      assertThat(allocated.getStatusCode().value()).as(allocated.getBody()).isEqualTo(201);
      ResponseEntity<String> paid = disburse(project, 85_000, "HKD");
      assertThat(paid.getStatusCode().value()).as(paid.getBody()).isEqualTo(201);
      ResponseEntity<String> refunded = refund(younger, 20_000, "HKD");
      assertThat(refunded.getStatusCode().value()).as(refunded.getBody()).isEqualTo(200);

      await("the project's ledger view")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                JsonNode hkd = fundingIn(project, "HKD");
                assertThat(hkd.get("restrictedReceived").asLong()).isEqualTo(20_000);
                assertThat(hkd.get("allocated").asLong()).isEqualTo(90_000);
                assertThat(hkd.get("disbursed").asLong()).isEqualTo(85_000);
                assertThat(hkd.get("availableToDisburse").asLong()).isEqualTo(5_000);
              });
      JsonNode draws = body(getAs(Caller.ANONYMOUS, ledgerProject(project) + "/draws"));
      assertThat(draws.get("items").findValuesAsText("donationId"))
          .as("the restricted gift, then the oldest unrestricted money first")
          .containsExactly(restricted.toString(), oldest.toString(), younger.toString());
      assertThat(draws.get("items").findValues("minorUnits"))
          .extracting(JsonNode::asLong)
          .containsExactly(20_000L, 60_000L, 10_000L);
      assertThat(draws.get("items").get(0).get("donorName").isNull())
          .as("an anonymous donor is not named in public")
          .isTrue();
      await("where the younger gift went")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(
                          body(getAs(Caller.FINANCE, path(younger) + "/trail"))
                              .get("steps")
                              .findValuesAsText("kind"))
                      .containsExactly("ALLOCATED", "DISBURSED", "REFUNDED"));
      JsonNode youngerBalance = body(getAs(Caller.FINANCE, path(younger))).get("balance");
      assertThat(youngerBalance.get("availableMinorUnits").asLong()).isZero();
      assertThat(refund(younger, 1, "HKD").getBody()).contains("refund-exceeds-available");

      List<ConsumerRecord<String, String>> announced =
          topics().recordsWithKey(Topics.PROJECT_FUND_EVENTS, project.toString(), 3, PATIENCE);
      assertThat(announced)
          .extracting(r -> json.readTree(r.value()).get("type").asText())
          .containsExactly("FundsAllocated.v1", "FundsAllocated.v1", "FundsDisbursed.v1");
      await("today's journal")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(journalToday())
                      .filteredOn(e -> project.toString().equals(e.path("projectId").asText()))
                      .extracting(e -> e.get("kind").asText())
                      .contains("ALLOCATED", "DISBURSED"));
    }

    @Test
    void aRestrictedGiftForAProjectNotYetApprovedWaitsThenGoesFirst() throws Exception {
      UUID project = knownProject("DRAFT", "乡村小学", Instant.now().minusSeconds(60));
      UUID restricted = cashGift(5_000, "AUD", project, false, THREE_DAYS_AGO);
      awaitProcessed(RestrictedGiftAllocation.PROCESSING_GROUP, restricted);
      awaitProcessed(ProjectFundingProjection.PROCESSING_GROUP, restricted);
      assertThat(funding(project, "allocated")).as("the gift waits in the pool").isZero();

      announce(project, "APPROVED", "乡村小学", Instant.now());
      await("approved")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(getAs(Caller.ANONYMOUS, ledgerProject(project)).getBody())
                      .contains("APPROVED"));
      cashGift(9_000, "AUD", null, false, THREE_DAYS_AGO.minusSeconds(60));
      awaitUnrestrictedPool("AUD", 9_000);
      assertThat(allocate(UUID.randomUUID(), project, 6_000, "AUD").getStatusCode().value())
          .isEqualTo(201);

      await("drawn: the project's restricted gift first, though younger")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(
                          body(getAs(Caller.ANONYMOUS, ledgerProject(project) + "/draws"))
                              .get("items")
                              .findValues("minorUnits"))
                      .extracting(JsonNode::asLong)
                      .containsExactly(5_000L, 1_000L));
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrentAllocationsAgainstTheSameMoneySucceedExactlyAsFarAsTheMoneyGoes()
        throws Exception {
      UUID first = approvedProject("抗旱水窖");
      UUID second = approvedProject("助学金");
      for (int i = 0; i < 10; i++) {
        cashGift(10_000, "GBP", null, false, THREE_DAYS_AGO.plusSeconds(i));
      }
      awaitUnrestrictedPool("GBP", 100_000);

      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          UUID project = i % 2 == 0 ? first : second;
          Callable<ResponseEntity<String>> allocation =
              () -> allocate(UUID.randomUUID(), project, 30_000, "GBP");
          answers.add(clients.submit(allocation));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
          ResponseEntity<String> response = answer.get();
          statuses.add(response.getStatusCode().value());
          if (response.getStatusCode().value() == 409) {
            assertThat(response.getBody()).contains("insufficient-funds");
          }
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
      } finally {
        clients.shutdownNow();
      }
      assertThat(
              count(
                  "select coalesce(sum((convert_from(payload, 'UTF8')::jsonb -> 'amount' ->>"
                      + " 'minorUnits')::bigint), 0) from domain_event_entry"
                      + " where payload_type like '%.FundsDrawnEvent'"
                      + " and convert_from(payload, 'UTF8')::jsonb -> 'amount' ->> 'currency'"
                      + " = 'GBP'"))
          .as("money drawn from the donations")
          .isEqualTo(90_000);
      awaitUnrestrictedPool("GBP", 10_000);
    }
  }

  @Nested
  class Receipts {

    @Test
    void everyConfirmedGiftGetsTheNextNumberOfTheYearWithTheReceiptsFields() throws Exception {
      UUID project = approvedProject("敬老院改造");
      UUID gift = cashGift(100_530, "CNY", project, false, THREE_DAYS_AGO);
      List<UUID> more = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        more.add(cashGift(100, "CNY", null, false, THREE_DAYS_AGO));
      }

      await("the receipt")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(getAs(Caller.FINANCE, path(gift) + "/receipt").getStatusCode().value())
                      .isEqualTo(200));
      JsonNode receipt = body(getAs(Caller.FINANCE, path(gift) + "/receipt"));
      assertThat(receipt.get("receiptNumber").asText())
          .matches(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-\\d{8}");
      assertThat(receipt.get("amountInWords").asText()).isEqualTo("人民币壹仟零伍元叁角整");
      assertThat(receipt.get("projectTitle").asText()).isEqualTo("敬老院改造");
      assertThat(receipt.get("projectCode").asText()).startsWith("XQ-");
      assertThat(receipt.get("issuer").asText()).isNotBlank();
      for (UUID id : more) {
        await("receipt of " + id)
            .atMost(PATIENCE)
            .untilAsserted(
                () ->
                    assertThat(getAs(Caller.FINANCE, path(id) + "/receipt").getStatusCode().value())
                        .isEqualTo(200));
      }
      List<Map<String, Object>> years =
          rows(
              "select year, count(*) as issued, max(number) as last from receipt_register group by year");
      for (Map<String, Object> year : years) {
        assertThat(((Number) year.get("last")).longValue())
            .as("numbers of %s without gaps", year.get("year"))
            .isEqualTo(((Number) year.get("issued")).longValue());
      }
      assertThat(
              count(
                  "select count(*) from domain_event_entry where payload_type like"
                      + " '%.ReceiptIssuedEvent'"))
          .isEqualTo(count("select count(*) from receipt_register"));
    }
  }

  @Nested
  class BadInput {

    @Test
    void everyRefusalIsAProblemNamingTheRuleAndStoresNothing() throws Exception {
      UUID project = approvedProject("危房改造");
      UUID unrestricted = cashGift(1_000, "SGD", null, false, THREE_DAYS_AGO);
      awaitUnrestrictedPool("SGD", 1_000);
      UUID pending = UUID.randomUUID();
      postDonation(donation(pending, "待确认", 100, "SGD", null));
      long before = count("select count(*) from domain_event_entry");

      assertRefused(allocate(UUID.randomUUID(), project, 1_001, "SGD"), 409, "insufficient-funds");
      assertRefused(
          allocate(UUID.randomUUID(), UUID.randomUUID(), 1, "SGD"),
          409,
          "project-not-accepting-allocations");
      assertRefused(allocate(UUID.randomUUID(), project, 0, "SGD"), 400, "amount.minorUnits");
      assertRefused(allocate(UUID.randomUUID(), project, 1, "ABC"), 400, "amount.currency");
      assertRefused(disburse(project, 1, "SGD"), 409, "disbursement-exceeds-allocated");
      assertRefused(disburse(UUID.randomUUID(), 1, "SGD"), 404, "does not exist");
      assertRefused(refund(pending, 100, "SGD"), 409, "PENDING");
      assertRefused(refund(unrestricted, 100, "CNY"), 400, "amount.currency");
      assertRefused(
          postTo(Caller.FINANCE, path(unrestricted) + "/release-restriction", "{\"reason\":\"x\"}"),
          409,
          "not-restricted");
      assertRefused(
          postTo(
              Caller.FINANCE,
              ledgerProject(project) + "/allocations/" + UUID.randomUUID() + "/reversal",
              "{\"reason\":\"错配\"}"),
          409,
          "unknown-allocation");
      assertRefused(
          postTo(
              Caller.FINANCE,
              ledgerProject(project) + "/allocations/" + UUID.randomUUID() + "/reversal",
              "{}"),
          400,
          "reason");

      assertThat(count("select count(*) from domain_event_entry")).isEqualTo(before);
    }

    @Test
    void refusesAnImplausibleJournalDateNamingIt() throws Exception {
      for (String date : new String[] {"-999999999-01-01", "%2B10000-01-01", "%202026-12-08"}) {
        ResponseEntity<String> refused =
            http.exchange(
                RequestEntity.get(URI.create("/api/ledger/journal?date=" + date))
                    .headers(headersOf(Caller.FINANCE))
                    .build(),
                String.class);

        assertRefused(refused, 400, "date");
        assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText())
            .isEqualTo("date");
      }
    }

    private void assertRefused(ResponseEntity<String> answer, int status, String named) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
      assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(answer.getBody()).contains(named);
    }
  }

  ResponseEntity<String> refund(UUID donation, long minorUnits, String currency) {
    return postTo(
        Caller.FINANCE,
        path(donation) + "/refunds",
        """
        {"refundId":"%s","amount":{"minorUnits":%d,"currency":"%s"},"reason":"捐赠人要求退回"}
        """
            .formatted(UUID.randomUUID(), minorUnits, currency));
  }

  long funding(UUID project, String field) throws Exception {
    ResponseEntity<String> answer = getAs(Caller.ANONYMOUS, ledgerProject(project));
    if (answer.getStatusCode().value() == 404) {
      return 0;
    }
    long sum = 0;
    for (JsonNode money : body(answer).get("money")) {
      sum += money.get(field).asLong();
    }
    return sum;
  }

  JsonNode fundingIn(UUID project, String currency) throws Exception {
    for (JsonNode money : body(getAs(Caller.ANONYMOUS, ledgerProject(project))).get("money")) {
      if (money.get("currency").asText().equals(currency)) {
        return money;
      }
    }
    throw new AssertionError("no " + currency + " for project " + project);
  }

  /** Every entry of today's journal, page by page. */
  List<JsonNode> journalToday() throws Exception {
    List<JsonNode> entries = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          body(getAs(
                  Caller.AUDITOR,
                  "/api/ledger/journal?size=100&page="
                      + page
                      + "&date="
                      + LocalDate.now(ZoneId.of("Asia/Shanghai"))))
              .get("items");
      items.forEach(entries::add);
      if (items.size() < 100) {
        return entries;
      }
    }
  }

  /** Waits until {@code group} has handled every event of {@code aggregateId} stored so far. */
  void awaitProcessed(String group, UUID aggregateId) {
    long last =
        count(
            "select max(global_index) from domain_event_entry where aggregate_identifier = '"
                + aggregateId
                + "'");
    StreamingEventProcessor processor =
        processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
    await(group + " past event " + last)
        .atMost(PATIENCE)
        .until(
            () ->
                !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream()
                        .allMatch(s -> s.getCurrentPosition().orElse(-1) >= last));
  }

  JsonNode body(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }
}

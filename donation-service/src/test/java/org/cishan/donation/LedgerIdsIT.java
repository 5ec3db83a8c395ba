package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Donation ids and project ids are UUIDs that others choose, stored in one event store (ADR 9): no
 * id a donor picks can claim, break or hide a project's fund, and naming the wrong kind of id is a
 * problem the caller can read, never a server error. A gift may be restricted only to a project the
 * ledger knows and that can still be allocated money. Each test keeps to its own currency.
 */
class LedgerIdsIT extends DonationServiceIntegrationTest {

  static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS);

  @Nested
  class SharedIds {

    @Test
    void aDonationUnderAKnownProjectsIdIsADonationAndTheFundStaysWholeAndAllocatable()
        throws Exception {
      UUID project = approvedProject("抗旱水窖");

      ResponseEntity<String> claimed = postDonation(donation(project, "冒名者", 100, "MOP", null));

      assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(201);
      assertAnswered(confirm(project), 200);
      cashGift(5_000, "MOP", null, false, YESTERDAY);
      awaitUnrestrictedPool("MOP", 5_100);
      assertAnswered(allocate(UUID.randomUUID(), project, 5_100, "MOP"), 201);
      assertAnswered(disburse(project, 5_000, "MOP"), 201);
      await("the project's ledger view")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                JsonNode view =
                    json.readTree(getAs(Caller.ANONYMOUS, ledgerProject(project)).getBody());
                assertThat(view.path("status").asText()).isEqualTo("APPROVED");
                assertThat(view.path("money").path(0).path("allocated").asLong()).isEqualTo(5_100);
                assertThat(view.path("money").path(0).path("disbursed").asLong()).isEqualTo(5_000);
              });
      List<ConsumerRecord<String, String>> announced =
          topics().recordsWithKey(Topics.PROJECT_FUND_EVENTS, project.toString(), 2, PATIENCE);
      assertThat(announced)
          .as("keyed by the bare project id, as the contract says")
          .extracting(r -> json.readTree(r.value()).get("type").asText())
          .containsExactly("FundsAllocated.v1", "FundsDisbursed.v1");
    }

    @Test
    void aDonationUnderAnUnknownProjectsIdDoesNotKeepTheLedgerFromLearningTheProject() {
      UUID project = UUID.randomUUID();

      ResponseEntity<String> first = postDonation(donation(project, "抢注者", 100, "THB", null));

      assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
      announce(project, "DRAFT", "后来的项目", Instant.now().minusSeconds(10));
      announce(project, "APPROVED", "后来的项目", Instant.now());
      awaitLedgerKnows(project, "APPROVED");
      cashGift(2_000, "THB", null, false, YESTERDAY);
      awaitUnrestrictedPool("THB", 2_000);
      assertAnswered(allocate(UUID.randomUUID(), project, 2_000, "THB"), 201);
    }

    @Test
    void anAllocationPaymentOrReversalNamingADonationIsAProblemAndStoresNothing() {
      UUID donation = cashGift(1_000, "PHP", null, false, YESTERDAY);
      awaitUnrestrictedPool("PHP", 1_000);
      awaitEveryProcessorCaughtUp();
      long before = count("select count(*) from domain_event_entry");

      assertProblem(
          allocate(UUID.randomUUID(), donation, 100, "PHP"),
          409,
          "project-not-accepting-allocations");
      assertProblem(disburse(donation, 100, "PHP"), 404, donation + " does not exist");
      assertProblem(
          postTo(
              Caller.FINANCE,
              ledgerProject(donation) + "/allocations/" + UUID.randomUUID() + "/reversal",
              "{\"reason\":\"错配\"}"),
          409,
          "project-not-accepting-allocations");

      assertThat(count("select count(*) from domain_event_entry")).isEqualTo(before);
    }

    @Test
    void confirmingVoidingRefundingOrReleasingAProjectIsNotFound() {
      UUID project = approvedProject("不是捐赠");
      awaitEveryProcessorCaughtUp();
      long before = count("select count(*) from domain_event_entry");

      assertProblem(confirm(project), 404, project + " does not exist");
      assertProblem(voidDonation(project, "不是捐赠"), 404, project + " does not exist");
      assertProblem(
          postTo(
              Caller.FINANCE,
              path(project) + "/refunds",
              """
              {"refundId":"%s","amount":{"minorUnits":100,"currency":"CNY"},"reason":"退回"}
              """
                  .formatted(UUID.randomUUID())),
          404,
          project + " does not exist");
      assertProblem(
          postTo(Caller.FINANCE, path(project) + "/release-restriction", "{\"reason\":\"x\"}"),
          404,
          project + " does not exist");

      assertThat(count("select count(*) from domain_event_entry")).isEqualTo(before);
    }
  }

  @Nested
  class RestrictedGifts {

    @Test
    void aGiftRestrictedToAProjectTheLedgerDoesNotKnowIsRefusedNamingTheField() {
      for (UUID unknown : List.of(UUID.randomUUID(), new UUID(0, 0))) {
        UUID id = UUID.randomUUID();

        assertProblem(postDonation(donation(id, "张三", 100, "CNY", unknown)), 400, "projectId");

        assertThat(eventsOf(id)).isZero();
      }
    }

    @Test
    void aClosedProjectTakesNoNewRestrictedGiftButARetryOfAnEarlierOneIsAnsweredAsBefore() {
      UUID project = knownProject("IMPLEMENTING", "收尾项目", Instant.now().minusSeconds(60));
      UUID earlier = UUID.randomUUID();
      String gift = donation(earlier, "张三", 100, "CNY", project);
      assertAnswered(postDonation(gift), 201);
      announce(project, "CLOSED", "收尾项目", Instant.now());
      awaitLedgerKnows(project, "CLOSED");

      assertProblem(
          postDonation(donation(UUID.randomUUID(), "李四", 100, "CNY", project)),
          409,
          "project-not-accepting-gifts");
      assertAnswered(postDonation(gift), 201);
      assertThat(eventsOf(earlier)).isEqualTo(1);
    }
  }

  static void assertAnswered(ResponseEntity<String> answer, int status) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
  }

  static void assertProblem(ResponseEntity<String> answer, int status, String named) {
    assertAnswered(answer, status);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(answer.getBody()).contains(named).doesNotContain("project-fund:");
  }
}

package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.cishan.contracts.Topics;
import org.cishan.donation.allocation.RestrictedGiftAllocation;
import org.cishan.donation.domain.LedgerIds;
import org.cishan.donation.messaging.outbound.DonationIntegrationEventPublisher;
import org.cishan.donation.query.donationsummary.DonationSummaryProjection;
import org.cishan.donation.query.journal.JournalProjection;
import org.cishan.donation.query.projectfunding.ProjectFundingProjection;
import org.cishan.donation.query.publictotals.PublicTotalsProjection;
import org.cishan.donation.receipt.ReceiptIssuing;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The processing groups: pooled; the projections park an event they keep failing on and go on, the
 * publisher and receipts hold; rebuilt identically; the publisher never replayed.
 */
class ProjectionsIT extends DonationServiceIntegrationTest {

  @Nested
  class ProcessingEvents {

    static final List<String> GROUPS =
        List.of(
            PublicTotalsProjection.PROCESSING_GROUP,
            DonationSummaryProjection.PROCESSING_GROUP,
            ProjectFundingProjection.PROCESSING_GROUP,
            JournalProjection.PROCESSING_GROUP,
            ReceiptIssuing.PROCESSING_GROUP,
            RestrictedGiftAllocation.PROCESSING_GROUP,
            DonationIntegrationEventPublisher.PROCESSING_GROUP);

    /** Every read model and the rows it is compared by after a rebuild. */
    static final List<String> READ_MODELS =
        List.of(
            "select * from public_total order by currency",
            "select * from public_total_day order by day, currency",
            "select * from donation_summary order by donation_id",
            "select * from project_fund order by project_id",
            "select * from project_fund_money order by project_id, currency",
            "select * from project_fund_draw order by allocation_id, position",
            "select * from journal_entry order by event_id",
            "select * from donation_trail order by event_id, position");

    /** The groups that park an event their handlers keep failing on (ADR 10). */
    static final List<String> PARKING =
        List.of(
            PublicTotalsProjection.PROCESSING_GROUP,
            DonationSummaryProjection.PROCESSING_GROUP,
            ProjectFundingProjection.PROCESSING_GROUP,
            JournalProjection.PROCESSING_GROUP,
            RestrictedGiftAllocation.PROCESSING_GROUP);

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
    void parksFailingEventsInTheProjectionsButHoldsThePublisherAndReceipts() {
      for (String group : PARKING) {
        assertThat(processing.sequencedDeadLetterProcessor(group)).as(group).isPresent();
      }
      for (String group :
          List.of(
              DonationIntegrationEventPublisher.PROCESSING_GROUP,
              ReceiptIssuing.PROCESSING_GROUP)) {
        assertThat(processing.sequencedDeadLetterProcessor(group)).as(group).isEmpty();
      }
    }

    @Test
    void parksAFailingEventAndRetriesItUntilItSucceedsWhileLaterEventsGoOn() {
      UUID failing = UUID.randomUUID();
      UUID later = UUID.randomUUID();
      flaky.failingDonor = "周九";
      flaky.attempts.set(0);
      flaky.failuresLeft.set(2);

      postDonation(donation(failing, "周九", 100, "CNY", null));
      postDonation(donation(later, "郑十", 100, "CNY", null));

      await("the failing event parked, the later one handled")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                assertThat(parked(FlakyProjection.PROCESSING_GROUP, failing)).isEqualTo(1);
                assertThat(flaky.projected).contains(later);
              });
      await("the parked event handled by an automatic retry")
          .atMost(PATIENCE)
          .untilAsserted(() -> assertThat(flaky.projected).contains(failing));
      assertThat(flaky.attempts.get()).isEqualTo(3);
      await("the dead-letter queue empty again")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> assertThat(parked(FlakyProjection.PROCESSING_GROUP, failing)).isZero());
    }

    /** The events of the donation parked in the group's dead-letter queue. */
    private long parked(String group, UUID donationId) {
      return jdbc.sql(
              "select count(*) from dead_letter_entry where processing_group = :g"
                  + " and aggregate_identifier like '%' || :id || '%'")
          .param("g", group)
          .param("id", donationId.toString())
          .query(Long.class)
          .single();
    }

    @Test
    void rebuildsTheProjectionsIdenticallyFromTheEventStore() {
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      postDonation(donation(first, "赵六", 100, "CNY", knownProject("DRAFT", "重建草案", Instant.now())));
      postDonation(donation(second, "钱七", 250, "USD", null));
      postDonation(donation(UUID.randomUUID(), "孙八", 300, "CNY", null));
      confirm(first);
      voidDonation(second, "the payment was cancelled");
      givenMoneyMovedThroughTheLedger();
      awaitProjectionsCaughtUp();
      List<List<Map<String, Object>>> live = READ_MODELS.stream().map(sql -> rows(sql)).toList();
      long published = topics().recordCount(Topics.DONATION_EVENTS);
      long receipts = count("select count(*) from receipt_register");
      long allocations = eventsOfType("FundsAllocatedEvent");

      for (String group : REBUILT) {
        rebuild(group);
      }

      await("rebuilt projections")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                for (int i = 0; i < READ_MODELS.size(); i++) {
                  assertThat(rows(READ_MODELS.get(i)))
                      .as(READ_MODELS.get(i))
                      .isEqualTo(live.get(i));
                }
              });
      assertThat(topics().recordCount(Topics.DONATION_EVENTS)).isEqualTo(published);
      assertThat(count("select count(*) from receipt_register"))
          .as("no receipt issued again")
          .isEqualTo(receipts);
      assertThat(eventsOfType("FundsAllocatedEvent"))
          .as("nothing allocated again")
          .isEqualTo(allocations);
    }

    @Test
    void neverReplaysTheGroupsWithSideEffects() {
      for (String group :
          List.of(
              DonationIntegrationEventPublisher.PROCESSING_GROUP,
              ReceiptIssuing.PROCESSING_GROUP,
              RestrictedGiftAllocation.PROCESSING_GROUP)) {
        StreamingEventProcessor processor =
            processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();

        assertThat(processor.supportsReset()).as(group).isFalse();
      }
    }

    private void assertAnswered(ResponseEntity<String> answer, int status) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    }

    /** An approved project, a restricted gift, an allocation, a payment, a refund, a release. */
    private void givenMoneyMovedThroughTheLedger() {
      Instant before = Instant.now().minusSeconds(3600);
      UUID project = approvedProject("重建项目");
      cashGift(3_000, "CNY", project, true, before);
      UUID pool = cashGift(5_000, "CNY", null, false, before);
      UUID draft = knownProject("DRAFT", "未立项", Instant.now());
      UUID released = cashGift(700, "CNY", draft, false, before);
      await("the gifts in the pool, the restricted one allocated to its project")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                assertThat(
                        count(
                            "select coalesce(sum(available_minor_units), 0) from donation_summary"
                                + " where donation_id = '"
                                + pool
                                + "'"))
                    .isEqualTo(5_000);
                assertThat(
                        count(
                            "select count(*) from domain_event_entry where aggregate_identifier = '"
                                + LedgerIds.projectFund(project)
                                + "' and payload_type like '%.FundsAllocatedEvent'"))
                    .isEqualTo(1);
              });
      assertAnswered(allocate(UUID.randomUUID(), project, 1_000, "CNY"), 201);
      assertAnswered(disburse(project, 500, "CNY"), 201);
      assertThat(
              postTo(
                      Caller.FINANCE,
                      path(pool) + "/refunds",
                      "{\"refundId\":\""
                          + UUID.randomUUID()
                          + "\",\"amount\":{\"minorUnits\":100,\"currency\":\"CNY\"},"
                          + "\"reason\":\"退回\"}")
                  .getStatusCode()
                  .value())
          .isEqualTo(200);
      assertThat(
              postTo(
                      Caller.FINANCE,
                      path(released) + "/release-restriction",
                      "{\"reason\":\"项目终止\"}")
                  .getStatusCode()
                  .value())
          .isEqualTo(200);
    }

    private void awaitProjectionsCaughtUp() {
      awaitEveryProcessorCaughtUp();
      await("projections and publisher caught up")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                assertThat(count("select count(*) from donation_summary"))
                    .isEqualTo(eventsOfType("DonationReceivedEvent") - poisonedDonations());
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
                assertThat(count("select count(*) from journal_entry"))
                    .isEqualTo(
                        eventsOfType("DonationConfirmedEvent")
                            + eventsOfType("DonationRefundedEvent")
                            + eventsOfType("RestrictionReleasedEvent")
                            + eventsOfType("FundsAllocatedEvent")
                            + eventsOfType("AllocationReversedEvent")
                            + eventsOfType("FundsDisbursedEvent"));
                assertThat(
                        count(
                            "select count(*) from donation_summary where receipt_number is not null"))
                    .isEqualTo(eventsOfType("ReceiptIssuedEvent"));
                assertThat(
                        count("select coalesce(sum(drawn_minor_units), 0) from donation_summary"))
                    .isEqualTo(
                        sumOfAmounts("FundsDrawnEvent") - sumOfAmounts("FundsReturnedEvent"));
                assertThat(count("select count(*) from project_fund_draw"))
                    .isEqualTo(
                        count(
                            "select count(*) from domain_event_entry"
                                + " where payload_type like '%.FundsDrawnEvent'"));
              });
    }

    /** Donations whose stored donor name PostgreSQL cannot hold (DeadLettersIT): never summed. */
    private long poisonedDonations() {
      return count(
          "select count(*) from domain_event_entry where payload_type like '%.DonationReceivedEvent'"
              + " and strpos(convert_from(payload, 'UTF8'), '\\u0000') > 0");
    }

    private long sumOfAmounts(String eventType) {
      return count(
          "select coalesce(sum((convert_from(payload, 'UTF8')::jsonb -> 'amount' ->>"
              + " 'minorUnits')::bigint), 0) from domain_event_entry where payload_type like '%."
              + eventType
              + "'");
    }

    /** The read models' groups, rebuilt by reset and replay. */
    static final List<String> REBUILT =
        List.of(
            PublicTotalsProjection.PROCESSING_GROUP,
            DonationSummaryProjection.PROCESSING_GROUP,
            ProjectFundingProjection.PROCESSING_GROUP,
            JournalProjection.PROCESSING_GROUP);

    private void rebuild(String group) {
      StreamingEventProcessor processor =
          processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
      processor.shutDown();
      processor.resetTokens();
      processor.start();
    }
  }
}

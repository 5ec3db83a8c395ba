package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.cishan.contracts.Topics;
import org.cishan.donation.messaging.outbound.DonationIntegrationEventPublisher;
import org.cishan.donation.query.donationsummary.DonationSummaryProjection;
import org.cishan.donation.query.publictotals.PublicTotalsProjection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The processing groups: pooled, never skipping an event, rebuilt identically, the publisher never
 * replayed.
 */
class ProjectionsIT extends DonationServiceIntegrationTest {

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

      postDonation(donation(donationId, "周九", 100, "CNY", null));

      await("the event projected after two failures")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(flaky.projected).contains(donationId));
      assertThat(flaky.attempts.get()).isEqualTo(3);
    }

    @Test
    void rebuildsTheProjectionsIdenticallyFromTheEventStore() {
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      postDonation(donation(first, "赵六", 100, "CNY", UUID.randomUUID()));
      postDonation(donation(second, "钱七", 250, "USD", null));
      postDonation(donation(UUID.randomUUID(), "孙八", 300, "CNY", null));
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
}

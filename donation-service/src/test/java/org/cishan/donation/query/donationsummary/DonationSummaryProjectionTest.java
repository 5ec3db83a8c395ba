package org.cishan.donation.query.donationsummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.cishan.donation.domain.Channel;
import org.cishan.donation.domain.Money;
import org.cishan.donation.event.DonationReceivedEvent;
import org.junit.jupiter.api.Test;

/** The projection as its processor drives it (through Axon's annotation adapter). */
class DonationSummaryProjectionTest {

  static final UUID DONATION = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  final DonationSummaryRepository summaries = mock(DonationSummaryRepository.class);
  final DonationSummaryProjection projection = new DonationSummaryProjection(summaries);
  final AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(projection);

  @Test
  void writesOneRowPerDonationStampedWithTheEventTimeToTheMicrosecond() throws Exception {
    DonationReceivedEvent event =
        new DonationReceivedEvent(
            DONATION, "张三", Money.of(10_000, "CNY"), PROJECT, "donor-account", "donor-account");

    processor.handle(
        new GenericEventMessage<>(
            "event-1", event, Map.of(), Instant.parse("2026-03-01T08:30:00.123456789Z")));

    verify(summaries)
        .insert(
            new DonationSummaryView(
                DONATION,
                "张三",
                10_000,
                "CNY",
                PROJECT,
                Instant.parse("2026-03-01T08:30:00.123456Z"),
                "donor-account",
                "donor-account",
                "ONLINE_PAYMENT",
                null,
                false,
                null,
                null,
                Instant.parse("2026-03-01T08:30:00.123456Z"),
                "PENDING",
                null,
                new DonationSummaryView.Balance(PROJECT, 0, 0, 0),
                null));
  }

  @Test
  void keepsTheEffectiveTimeFinanceGaveAndWhoGaveAnonymously() throws Exception {
    DonationReceivedEvent event =
        new DonationReceivedEvent(
            DONATION,
            "张三",
            Money.of(10_000, "CNY"),
            null,
            null,
            "finance-1",
            Channel.BANK_TRANSFER,
            "BOC-1",
            true,
            null,
            null,
            Instant.parse("2026-02-27T00:00:00Z"),
            null);

    processor.handle(
        new GenericEventMessage<>(
            "event-2", event, Map.of(), Instant.parse("2026-03-01T08:30:00.123456789Z")));

    verify(summaries)
        .insert(
            new DonationSummaryView(
                DONATION,
                "张三",
                10_000,
                "CNY",
                null,
                Instant.parse("2026-03-01T08:30:00.123456Z"),
                null,
                "finance-1",
                "BANK_TRANSFER",
                "BOC-1",
                true,
                null,
                null,
                Instant.parse("2026-02-27T00:00:00Z"),
                "PENDING",
                null,
                new DonationSummaryView.Balance(null, 0, 0, 0),
                null));
  }

  @Test
  void emptiesTheTableWhenReset() {
    processor.prepareReset();

    verify(summaries).clear();
  }

  @Test
  void answersWithTheStoredSummaryOrNothing() {
    DonationSummaryView stored =
        new DonationSummaryView(
            DONATION,
            "张三",
            1,
            "CNY",
            null,
            Instant.EPOCH,
            null,
            null,
            "CASH",
            "receipt book 7",
            true,
            null,
            null,
            Instant.EPOCH,
            "CONFIRMED",
            null,
            new DonationSummaryView.Balance(null, 0, 0, 1),
            new DonationSummaryView.Receipt("2026-00000001", java.time.LocalDate.EPOCH, "慈善联合会"));
    when(summaries.find(DONATION)).thenReturn(Optional.of(stored));

    assertThat(projection.handle(new FindDonationSummaryQuery(DONATION))).contains(stored);
    assertThat(projection.handle(new FindDonationSummaryQuery(UUID.randomUUID()))).isEmpty();
  }
}

package org.cishan.donation.query.publictotals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.cishan.donation.domain.Money;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.query.publictotals.PublicTotalsView.CurrencyTotal;
import org.cishan.donation.query.publictotals.TotalsDelta.Amount;
import org.cishan.donation.query.publictotals.TotalsDelta.DayCurrency;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The projection as its processor drives it: batches in a unit of work, through Axon's adapter. */
class PublicTotalsProjectionTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final PublicTotalsRepository totals = mock(PublicTotalsRepository.class);
  final PublicTotalsProjection projection = new PublicTotalsProjection(totals, SHANGHAI);
  final AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(projection);

  @Test
  void foldsABatchIntoOneWritePerCurrencyAndPerDay() throws Exception {
    processBatch(
        confirmed(10_000, "CNY", "2026-03-01T01:00:00Z"),
        confirmed(5_000, "CNY", "2026-03-01T15:59:59Z"),
        confirmed(250, "USD", "2026-03-01T02:00:00Z"),
        // 16:00 UTC is already the next day in Shanghai
        confirmed(1_000, "CNY", "2026-03-01T16:00:00Z"));

    TotalsDelta delta = theOneWrite();
    assertThat(delta.byCurrency())
        .containsOnly(entry("CNY", new Amount(3, 16_000, 0)), entry("USD", new Amount(1, 250, 0)));
    assertThat(delta.byDay())
        .containsEntry(
            new DayCurrency(LocalDate.parse("2026-03-01"), "CNY"), new Amount(2, 15_000, 0))
        .containsEntry(new DayCurrency(LocalDate.parse("2026-03-01"), "USD"), new Amount(1, 250, 0))
        .containsEntry(
            new DayCurrency(LocalDate.parse("2026-03-02"), "CNY"), new Amount(1, 1_000, 0))
        .hasSize(3);
  }

  @Test
  void aDonationThatIsOnlyPendingDoesNotCount() throws Exception {
    processBatch(
        GenericEventMessage.asEventMessage(
            new DonationReceivedEvent(
                UUID.randomUUID(), "张三", Money.of(100, "CNY"), null, null, null)));

    verify(totals, never()).apply(any());
  }

  @Test
  void writesNothingWhenTheBatchFails() {
    BatchingUnitOfWork<EventMessage<?>> batch =
        new BatchingUnitOfWork<>(List.of(confirmed(100, "CNY", "2026-03-01T01:00:00Z")));

    batch.executeWithResult(
        () -> {
          processor.handle(batch.getMessage());
          throw new IllegalStateException("the batch's transaction fails");
        });

    verify(totals, never()).apply(any());
  }

  @Test
  void countsReplayedEventsAgainAfterTheResetEmptiedTheTables() throws Exception {
    processor.prepareReset();
    processBatch(
        new GenericTrackedEventMessage<>(
            ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(0)),
            confirmed(500, "CNY", "2026-03-01T01:00:00Z")));

    verify(totals).clear();
    assertThat(theOneWrite().byCurrency()).containsEntry("CNY", new Amount(1, 500, 0));
    assertThat(processor.supportsReset()).isTrue();
  }

  @Test
  void answersTheCounterAndTheDaysFromTheTables() {
    PublicTotalsView stored = new PublicTotalsView(3, List.of(new CurrencyTotal("CNY", 300, 3)));
    DailyTotalsView days =
        new DailyTotalsView(
            List.of(
                new DailyTotalsView.DayTotal(
                    LocalDate.parse("2026-03-01"), List.of(new CurrencyTotal("CNY", 300, 3)))));
    when(totals.load()).thenReturn(stored);
    when(totals.loadDays(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
        .thenReturn(days);

    assertThat(projection.handle(new FindPublicTotalsQuery())).isEqualTo(stored);
    assertThat(
            projection.handle(
                new FindDailyTotalsQuery(
                    LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))))
        .isEqualTo(days);
    assertThat(days.days().get(0).donationCount()).isEqualTo(3);
  }

  private void processBatch(EventMessage<?>... messages) throws Exception {
    BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(messages));
    List<Exception> failures = new ArrayList<>();
    batch.executeWithResult(
        () -> {
          try {
            processor.handle(batch.getMessage());
          } catch (Exception e) {
            failures.add(e);
          }
          return null;
        });
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private TotalsDelta theOneWrite() {
    ArgumentCaptor<TotalsDelta> written = ArgumentCaptor.forClass(TotalsDelta.class);
    verify(totals, times(1)).apply(written.capture());
    return written.getValue();
  }

  private static EventMessage<DonationConfirmedEvent> confirmed(
      long minorUnits, String currency, String effectiveAt) {
    return GenericEventMessage.asEventMessage(
        new DonationConfirmedEvent(
            UUID.randomUUID(),
            Money.of(minorUnits, currency),
            null,
            Instant.parse(effectiveAt),
            "finance-1"));
  }
}

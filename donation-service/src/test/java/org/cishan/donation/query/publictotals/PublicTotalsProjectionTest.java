package org.cishan.donation.query.publictotals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.cishan.donation.domain.Money;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.query.publictotals.PublicTotalsView.CurrencyTotal;
import org.junit.jupiter.api.Test;

/** The projection as its processor drives it (through Axon's annotation adapter). */
class PublicTotalsProjectionTest {

  final PublicTotalsRepository totals = mock(PublicTotalsRepository.class);
  final PublicTotalsProjection projection = new PublicTotalsProjection(totals);
  final AnnotationEventHandlerAdapter processor = new AnnotationEventHandlerAdapter(projection);

  @Test
  void addsEachConfirmedDonationToTheTotalOfItsCurrency() throws Exception {
    processor.handle(GenericEventMessage.asEventMessage(confirmed(10_000, "CNY")));
    processor.handle(GenericEventMessage.asEventMessage(confirmed(250, "USD")));

    verify(totals).add("CNY", 10_000);
    verify(totals).add("USD", 250);
    verifyNoMoreInteractions(totals);
  }

  @Test
  void countsReplayedEventsAgainAfterTheResetEmptiedTheTable() throws Exception {
    processor.prepareReset();
    processor.handle(
        new GenericTrackedEventMessage<>(
            ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(0)),
            GenericEventMessage.asEventMessage(confirmed(500, "CNY"))));

    verify(totals).clear();
    verify(totals).add("CNY", 500);
    assertThat(processor.supportsReset()).isTrue();
  }

  @Test
  void aDonationThatIsOnlyPendingDoesNotCount() throws Exception {
    processor.handle(
        GenericEventMessage.asEventMessage(
            new DonationReceivedEvent(
                UUID.randomUUID(), "张三", Money.of(100, "CNY"), null, null, null)));

    verifyNoMoreInteractions(totals);
  }

  @Test
  void answersTheCounterFromTheTable() {
    PublicTotalsView stored = new PublicTotalsView(3, List.of(new CurrencyTotal("CNY", 300, 3)));
    when(totals.load()).thenReturn(stored);

    assertThat(projection.handle(new FindPublicTotalsQuery())).isEqualTo(stored);
  }

  private static DonationConfirmedEvent confirmed(long minorUnits, String currency) {
    return new DonationConfirmedEvent(
        UUID.randomUUID(), Money.of(minorUnits, currency), null, Instant.EPOCH, "finance-1");
  }
}

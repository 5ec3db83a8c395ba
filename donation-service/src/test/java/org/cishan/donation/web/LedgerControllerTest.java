package org.cishan.donation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cishan.donation.domain.LedgerConflictException;
import org.junit.jupiter.api.Test;

/**
 * Only a write that raced another is tried again: a refusal by a money rule is final, so it is
 * answered at once, never after a round of retries.
 */
class LedgerControllerTest {

  @Test
  void aRefusedAllocationIsSentOnceAndNeverRetried() {
    AtomicInteger sent = new AtomicInteger();

    assertThatThrownBy(
            () ->
                LedgerController.retryingConcurrentWrites(
                    () -> {
                      sent.incrementAndGet();
                      throw new LedgerConflictException("insufficient-funds", "too little");
                    }))
        .isInstanceOf(LedgerConflictException.class);
    assertThat(sent).hasValue(1);
  }

  @Test
  void aWriteThatRacedAnotherIsTriedAgainAFewTimes() {
    AtomicInteger sent = new AtomicInteger();

    assertThatThrownBy(
            () ->
                LedgerController.retryingConcurrentWrites(
                    () -> {
                      sent.incrementAndGet();
                      throw new ConcurrencyException("raced");
                    }))
        .isInstanceOf(ConcurrencyException.class);
    assertThat(sent).hasValue(LedgerController.CONCURRENCY_ATTEMPTS);
  }
}

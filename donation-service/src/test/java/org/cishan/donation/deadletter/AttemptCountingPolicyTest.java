package org.cishan.donation.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class AttemptCountingPolicyTest {

  final AttemptCountingPolicy policy = new AttemptCountingPolicy("donation-summaries");
  final EventMessage<?> event = GenericEventMessage.asEventMessage("a donation");

  @Test
  void parksAFirstFailureAsTheFirstAttempt() {
    DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("donation-1", event);

    EnqueueDecision<EventMessage<?>> decision =
        policy.decide(letter, new DataIntegrityViolationException("invalid byte sequence"));

    assertThat(decision.shouldEnqueue()).isTrue();
    assertThat(AttemptCountingPolicy.attemptsOf(decision.withDiagnostics(letter))).isEqualTo(1);
  }

  @Test
  void countsEveryFurtherFailedTry() {
    DeadLetter<? extends EventMessage<?>> letter = new GenericDeadLetter<>("donation-1", event);
    for (int i = 0; i < 3; i++) {
      letter = policy.decide(letter, new IllegalStateException("again")).withDiagnostics(letter);
    }

    assertThat(AttemptCountingPolicy.attemptsOf(letter)).isEqualTo(3);
  }

  @Test
  void storesTheCauseWithoutNulCharactersAndAtMost1023Characters() {
    Cause cause =
        AttemptCountingPolicy.causeToStore(
            new IllegalArgumentException("donor a\u0000b " + "x".repeat(2000)));

    assertThat(cause.type()).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(cause.message()).startsWith("donor ab ").doesNotContain("\u0000").hasSize(1023);
  }

  @Test
  void parksNothingWhenTheDatabaseConnectionFailed() {
    DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("donation-1", event);

    assertThatThrownBy(
            () ->
                policy.decide(
                    letter, new CannotGetJdbcConnectionException("pool", new SQLException("down"))))
        .isInstanceOf(AttemptCountingPolicy.DatabaseUnavailable.class);
    assertThatThrownBy(
            () ->
                policy.decide(
                    letter,
                    new IllegalStateException(
                        new SQLException("I/O error", "08006", new ConnectException()))))
        .isInstanceOf(AttemptCountingPolicy.DatabaseUnavailable.class);
  }

  @Test
  void backsOffExponentiallyUpToTheLongestWait() {
    DeadLetterSettings settings =
        new DeadLetterSettings(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(5));
  }
}

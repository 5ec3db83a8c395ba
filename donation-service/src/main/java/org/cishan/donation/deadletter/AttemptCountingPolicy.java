package org.cishan.donation.deadletter;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Decides what happens to an event whose handler failed (ADR 10):
 *
 * <ul>
 *   <li>the database connection failed: nothing is parked, the failure propagates and the processor
 *       rolls back its batch and retries from the same position, as before dead letters (parking
 *       would be wrong, and the insert of the letter could not succeed anyway);
 *   <li>anything else: the event is parked (or stays parked) with the number of failed tries in its
 *       diagnostics ({@code attempts}), the cause's type and message (NUL characters removed, which
 *       PostgreSQL cannot store in text, and at most 1,023 characters).
 * </ul>
 *
 * Whether a parked sequence is retried automatically is decided from the attempts by {@link
 * DeadLetterRetries}.
 */
public class AttemptCountingPolicy implements EnqueuePolicy<EventMessage<?>> {

  public static final String ATTEMPTS = "attempts";

  private static final Logger log = LoggerFactory.getLogger(AttemptCountingPolicy.class);

  private final String processor;

  public AttemptCountingPolicy(String processor) {
    this.processor = processor;
  }

  @Override
  public EnqueueDecision<EventMessage<?>> decide(
      DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
    if (isConnectionFailure(cause)) {
      throw new DatabaseUnavailable(cause);
    }
    int attempts = attemptsOf(letter) + 1;
    ThrowableCause stored = causeToStore(cause);
    log.warn(
        "{} failed on event {} ({}), attempt {}; parked with its sequence: {}: {}",
        processor,
        letter.message().getIdentifier(),
        letter.message().getPayloadType().getSimpleName(),
        attempts,
        stored.type(),
        stored.message());
    return Decisions.requeue(stored, failed -> failed.diagnostics().and(ATTEMPTS, attempts));
  }

  /** The failed tries recorded on a letter; 0 for one parked only behind its sequence's head. */
  public static int attemptsOf(DeadLetter<?> letter) {
    return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.intValue() : 0;
  }

  static ThrowableCause causeToStore(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage().replace("\u0000", "");
    if (message.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE) {
      message = message.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE);
    }
    return new ThrowableCause(cause.getClass().getName(), message);
  }

  static boolean isConnectionFailure(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof TransientDataAccessResourceException
          || t instanceof SQLTransientConnectionException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))) {
        return true;
      }
    }
    return false;
  }

  /** Not a reason to park: the processor rolls back its batch and tries again later. */
  static final class DatabaseUnavailable extends RuntimeException {
    DatabaseUnavailable(Throwable cause) {
      super("The database connection failed; the batch is retried, nothing is parked", cause);
    }
  }
}

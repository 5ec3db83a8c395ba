package org.cishan.donation.deadletter;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries parked sequences again through Axon's {@link SequencedDeadLetterProcessor}: each sequence
 * from its first parked event on, in order, with the processor's own handlers; a sequence handled
 * to its end leaves the queue, one that fails again stays with one more attempt counted ({@link
 * AttemptCountingPolicy}).
 *
 * <p>Automatically every {@code cishan.ledger.dead-letters.retry-interval}, a sequence whose
 * back-off has passed and that has failed fewer than {@code max-attempts} times, so a transient
 * failure (a deadlock, a serialization failure) heals by itself; after that only when an operator
 * asks ({@link DeadLetterController}). Several instances may run this at once: Axon's claim on a
 * sequence keeps them apart.
 */
@Component
public class DeadLetterRetries {

  /** At most this many sequences per processor in one pass, so one pass ends. */
  static final int SEQUENCES_PER_PASS = 100;

  private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

  private final EventProcessingConfiguration processing;
  private final DeadLetterGroups groups;
  private final DeadLetterSettings settings;

  public DeadLetterRetries(
      EventProcessingConfiguration processing,
      DeadLetterGroups groups,
      DeadLetterSettings settings) {
    this.processing = processing;
    this.groups = groups;
    this.settings = settings;
  }

  /** The automatic pass over every dead-lettering processor. */
  @Scheduled(
      fixedDelayString = "${cishan.ledger.dead-letters.retry-interval:PT1M}",
      initialDelayString = "${cishan.ledger.dead-letters.retry-interval:PT1M}")
  public void retryDueSequences() {
    for (String processor : groups.names()) {
      try {
        RetryOutcome outcome = retry(processor, this::isDue);
        if (outcome.tried() > 0) {
          log.info("Automatic dead-letter retry: {}", outcome);
        }
      } catch (RuntimeException e) {
        log.warn("Automatic dead-letter retry of {} failed; trying again later", processor, e);
      }
    }
  }

  /** An operator's retry of every parked sequence of {@code processor}, attempts regardless. */
  public RetryOutcome retryAll(String processor) {
    return retry(groups.require(processor), letter -> true);
  }

  /** An operator's retry of one parked sequence, attempts regardless. */
  public RetryOutcome retrySequence(String processor, String sequenceId) {
    return retry(groups.require(processor), letter -> sequenceId.equals(sequenceOf(letter)));
  }

  private RetryOutcome retry(String processor, Predicate<DeadLetter<?>> wanted) {
    SequencedDeadLetterProcessor<EventMessage<?>> letters =
        processing.sequencedDeadLetterProcessor(processor).orElseThrow();
    Set<String> tried = new HashSet<>();
    int cleared = 0;
    while (tried.size() < SEQUENCES_PER_PASS) {
      AtomicReference<String> picked = new AtomicReference<>();
      boolean handled =
          letters.process(
              letter -> {
                String sequence = sequenceOf(letter);
                if (tried.contains(sequence) || !wanted.test(letter)) {
                  return false;
                }
                picked.set(sequence);
                return true;
              });
      if (picked.get() == null) {
        break;
      }
      tried.add(picked.get());
      if (handled) {
        cleared++;
      }
    }
    return new RetryOutcome(processor, tried.size(), cleared, tried.size() - cleared);
  }

  /**
   * Fewer than the allowed attempts, and the back-off after the last one has passed (on Axon's
   * dead-letter clock, which stamped {@code lastTouched}).
   */
  boolean isDue(DeadLetter<?> head) {
    int attempts = AttemptCountingPolicy.attemptsOf(head);
    if (attempts >= settings.maxAttempts()) {
      return false;
    }
    Instant due = head.lastTouched().plus(settings.backoffAfter(attempts));
    return !GenericDeadLetter.clock.instant().isBefore(due);
  }

  private static String sequenceOf(DeadLetter<?> letter) {
    return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
  }
}

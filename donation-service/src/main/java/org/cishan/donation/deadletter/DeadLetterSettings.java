package org.cishan.donation.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cishan.ledger.dead-letters.*}: how parked events are retried (ADR 10). A sequence is tried
 * {@code max-attempts} times in all (the first failure counts); the n-th automatic retry waits
 * {@code retry-interval} × 2^(n−1), at most {@code max-backoff}, after the last failure. Then the
 * sequence stays parked until an operator retries or evicts it.
 *
 * @param maxAttempts tries in all before automatic retries stop (default 5)
 * @param retryInterval how often parked sequences are looked at, and the first back-off (PT1M)
 * @param maxBackoff the longest wait between two automatic retries (PT1H)
 */
@Validated
@ConfigurationProperties("cishan.ledger.dead-letters")
public record DeadLetterSettings(
    @DefaultValue("5") @Min(1) @Max(100) int maxAttempts,
    @DefaultValue("PT1M") @NotNull Duration retryInterval,
    @DefaultValue("PT1H") @NotNull Duration maxBackoff) {

  /** How long after its {@code attempts}-th failure a sequence is due again. */
  public Duration backoffAfter(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration backoff = retryInterval.multipliedBy(1L << doublings);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}

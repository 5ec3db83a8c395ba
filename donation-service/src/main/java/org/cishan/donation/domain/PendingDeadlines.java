package org.cishan.donation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a donation may stay pending before it is voided automatically: an online payment settles
 * within minutes, a bank transfer within days. Money in hand (cash, other) is confirmed when
 * recorded and has no deadline.
 */
public record PendingDeadlines(Duration onlinePayment, Duration bankTransfer) {

  public PendingDeadlines {
    Objects.requireNonNull(onlinePayment, "onlinePayment");
    Objects.requireNonNull(bankTransfer, "bankTransfer");
    if (onlinePayment.isNegative()
        || onlinePayment.isZero()
        || bankTransfer.isNegative()
        || bankTransfer.isZero()) {
      throw new IllegalArgumentException("Pending deadlines must be positive");
    }
  }

  /** The deadline of a gift of {@code channel} recorded at {@code receivedAt}, or null if none. */
  public Instant deadlineFor(Channel channel, Instant receivedAt) {
    return switch (channel) {
      case ONLINE_PAYMENT -> receivedAt.plus(onlinePayment);
      case BANK_TRANSFER -> receivedAt.plus(bankTransfer);
      case CASH, OTHER -> null;
    };
  }
}

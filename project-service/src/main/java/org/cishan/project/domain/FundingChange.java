package org.cishan.project.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One change to a project's funding, as the ledger announced it: money raised for it (a confirmed
 * restricted gift), given back or released from it, allocated to it, an allocation reversed, money
 * paid to its partner. Always a positive amount; the kind says which sum it moves and which way.
 */
public record FundingChange(UUID projectId, Money amount, Kind kind) {

  /** Which of a project's sums a change moves. */
  public enum Kind {
    RAISED,
    REFUNDED,
    RELEASED,
    ALLOCATED,
    REVERSED,
    DISBURSED
  }

  public FundingChange {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(kind, "kind");
    if (amount.minorUnits() <= 0) {
      throw new IllegalArgumentException("A funding change must be positive: " + amount);
    }
  }

  /** How much the change adds to raised (negative: takes away). */
  public long raisedDelta() {
    return switch (kind) {
      case RAISED -> amount.minorUnits();
      case REFUNDED, RELEASED -> -amount.minorUnits();
      default -> 0;
    };
  }

  /** How much the change adds to allocated (net of reversals). */
  public long allocatedDelta() {
    return switch (kind) {
      case ALLOCATED -> amount.minorUnits();
      case REVERSED -> -amount.minorUnits();
      default -> 0;
    };
  }

  public long disbursedDelta() {
    return kind == Kind.DISBURSED ? amount.minorUnits() : 0;
  }

  /** A confirmed gift counts as one more donation. */
  public long donationCountDelta() {
    return kind == Kind.RAISED ? 1 : 0;
  }
}

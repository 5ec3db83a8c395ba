package org.cishan.project.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A charity project as created: its public title and description and the amount it aims to raise,
 * and which account created it. The rules here are the ones the API validates first, kept as a last
 * line of defence.
 *
 * @param createdBy the creating project officer's account id (from the verified token); null only
 *     for projects stored before accounts were enforced
 */
public record Project(
    UUID id,
    String title,
    String description,
    Money fundraisingTarget,
    Instant createdAt,
    String createdBy) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 5000;

  /**
   * ¥10,000,000,000 in fen: a larger target is a typing error (or hostile), and sums and
   * percentages of money raised against it must stay far from {@code long}'s limit.
   */
  public static final long MAX_TARGET_MINOR_UNITS = 1_000_000_000_000L;

  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fundraisingTarget, "fundraisingTarget");
    Objects.requireNonNull(createdAt, "createdAt");
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("A title needs 1 to " + MAX_TITLE + " characters");
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION);
    }
    if (fundraisingTarget.minorUnits() <= 0
        || fundraisingTarget.minorUnits() > MAX_TARGET_MINOR_UNITS) {
      throw new IllegalArgumentException(
          "A fundraising target must be positive and at most " + MAX_TARGET_MINOR_UNITS);
    }
  }
}

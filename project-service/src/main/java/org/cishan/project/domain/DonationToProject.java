package org.cishan.project.domain;

import java.util.Objects;
import java.util.UUID;

/** A gift the ledger received for one project; it counts once, in its own currency. */
public record DonationToProject(UUID projectId, Money amount) {

  public DonationToProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(amount, "amount");
    if (amount.minorUnits() <= 0) {
      throw new IllegalArgumentException("A donation must be positive: " + amount);
    }
  }
}

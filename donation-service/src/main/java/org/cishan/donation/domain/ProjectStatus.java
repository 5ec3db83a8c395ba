package org.cishan.donation.domain;

/**
 * A project's status as the ledger learned it from {@code project.project-events}. Only approved
 * and implementing projects take allocations; a project under evaluation may still be paid what it
 * was allocated; a closed or terminated one neither. Gifts may be restricted to a project as long
 * as it can still be allocated money, now or once approved: draft, approved, implementing (a
 * project under evaluation only moves on to closed).
 */
public enum ProjectStatus {
  DRAFT,
  APPROVED,
  IMPLEMENTING,
  UNDER_EVALUATION,
  CLOSED,
  TERMINATED;

  public boolean takesAllocations() {
    return this == APPROVED || this == IMPLEMENTING;
  }

  public boolean takesRestrictedGifts() {
    return this == DRAFT || takesAllocations();
  }

  public boolean takesDisbursements() {
    return this == APPROVED || this == IMPLEMENTING || this == UNDER_EVALUATION;
  }
}

package org.cishan.donation.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cishan.donation.domain.LedgerIds;
import org.cishan.donation.domain.ProjectStatus;

/**
 * What project-service announced about a project. News older than what the fund already knows is
 * ignored, so a redelivered event cannot undo a later change.
 */
public record RecordProjectStatusCommand(
    UUID projectId, ProjectStatus status, String code, String title, Instant changedAt) {

  /** The fund's stream, never the bare project id (ADR 9). */
  @TargetAggregateIdentifier
  public String fundId() {
    return LedgerIds.projectFund(projectId);
  }
}

package org.cishan.donation.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The projects the ledger has learned of (each has a {@link ProjectFund}), read consistently in the
 * command's own unit of work — from the event store, not from an eventually consistent projection.
 * The intake asks it before recording a gift restricted to a project.
 */
public interface KnownProjects {

  /** The project's status as its fund last recorded it; empty when the ledger never heard of it. */
  Optional<ProjectStatus> statusOf(UUID projectId);
}

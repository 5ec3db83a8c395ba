package org.cishan.project.command;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cishan.project.domain.Lifecycle;
import org.cishan.project.domain.ProjectStatus;
import org.cishan.project.domain.StatusChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a project in its lifecycle: reads it under a row lock (two officers cannot both move it),
 * checks every rule at once ({@link Lifecycle}), stores the status and the transition (who, when,
 * why) and announces {@code ProjectStatusChanged} through the outbox — all in one transaction.
 */
@Service
public class ChangeProjectStatusService {

  private final ProjectStore projects;
  private final FundingStore funding;
  private final MonitoringStore monitoring;
  private final ProjectEventSink events;
  private final Clock clock;

  public ChangeProjectStatusService(
      ProjectStore projects,
      FundingStore funding,
      MonitoringStore monitoring,
      ProjectEventSink events,
      Clock clock) {
    this.projects = projects;
    this.funding = funding;
    this.monitoring = monitoring;
    this.events = events;
    this.clock = clock;
  }

  /** The change made, or empty when there is no such project. */
  @Transactional
  public Optional<StatusChange> change(ChangeProjectStatusCommand command) {
    Optional<ProjectState> found = projects.lock(command.projectId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProjectState project = found.get();
    List<String> closureBlockers = new ArrayList<>();
    if (command.to() == ProjectStatus.CLOSED) {
      closureBlockers.addAll(monitoring.closureBlockers(command.projectId()));
      closureBlockers.addAll(funding.undisbursed(command.projectId()));
    }
    Lifecycle.check(
        project.status(), command.to(), command.reason(), project.details(), closureBlockers);
    StatusChange change =
        new StatusChange(
            command.projectId(),
            project.status(),
            command.to(),
            command.reason() == null || command.reason().isBlank() ? null : command.reason(),
            command.changedBy(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            project.title(),
            project.details().approvalReference());
    projects.record(change);
    events.statusChanged(change);
    return Optional.of(change);
  }
}

package org.cishan.project.command;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cishan.project.domain.Project;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a project and announces it, both in one database transaction (outbox). */
@Service
public class CreateProjectService {

  private final ProjectStore projects;
  private final ProjectEventSink events;
  private final Clock clock;

  public CreateProjectService(ProjectStore projects, ProjectEventSink events, Clock clock) {
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Project create(CreateProjectCommand command) {
    Project project =
        new Project(
            UUID.randomUUID(),
            command.title(),
            command.description(),
            command.fundraisingTarget(),
            now(),
            command.createdBy());
    projects.insert(project);
    projects.updateDetails(project.id(), command.details());
    events.projectCreated(project);
    return project;
  }

  /** PostgreSQL keeps microseconds: the event and the row must show the same instant. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

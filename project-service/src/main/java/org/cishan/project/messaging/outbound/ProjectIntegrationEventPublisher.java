package org.cishan.project.messaging.outbound;

import java.util.UUID;
import org.cishan.contracts.Money;
import org.cishan.contracts.Topics;
import org.cishan.contracts.project.ProjectCreated;
import org.cishan.contracts.project.ProjectStatusChanged;
import org.cishan.project.command.ProjectEventSink;
import org.cishan.project.domain.Project;
import org.cishan.project.domain.StatusChange;
import org.cishan.support.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Maps what the command side announces (a project created, a project moved in its lifecycle) to
 * contract events and appends them to the outbox in the caller's transaction; service-support's
 * OutboxRelay sends them to project.project-events, keyed by project id, once committed.
 */
@Component
public class ProjectIntegrationEventPublisher implements ProjectEventSink {

  private final Outbox outbox;

  public ProjectIntegrationEventPublisher(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void projectCreated(Project project) {
    outbox.append(
        Topics.PROJECT_EVENTS, project.id().toString(), toEvent(UUID.randomUUID(), project));
  }

  @Override
  public void statusChanged(StatusChange change) {
    outbox.append(
        Topics.PROJECT_EVENTS, change.projectId().toString(), toEvent(UUID.randomUUID(), change));
  }

  static ProjectStatusChanged toEvent(UUID eventId, StatusChange change) {
    return new ProjectStatusChanged(
        eventId,
        change.changedAt(),
        change.projectId(),
        change.to().name(),
        change.approvalReference(),
        change.title(),
        change.reason());
  }

  static ProjectCreated toEvent(UUID eventId, Project project) {
    return new ProjectCreated(
        eventId,
        project.createdAt(),
        project.id(),
        project.title(),
        new Money(
            project.fundraisingTarget().minorUnits(), project.fundraisingTarget().currency()));
  }
}

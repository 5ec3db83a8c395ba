package org.cishan.content.messaging.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cishan.content.command.DraftProjectAnnouncementCommand;
import org.cishan.content.command.ProjectAnnouncementService;
import org.cishan.content.domain.NewProject;
import org.cishan.contracts.project.ProjectCreated;
import org.cishan.contracts.project.ProjectEvent;
import org.cishan.contracts.project.ProjectStatusChanged;
import org.cishan.support.messaging.IntegrationEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Binding {@code projectEvents-in-0}: reads project.project-events (group content-service) and
 * drafts one PROJECT_UPDATE article per ProjectCreated event, and one per project approved or
 * closed (ProjectStatusChanged). Event types this version does not know are skipped with a log
 * line; a failure is retried and then parked in {@code content-service.project-events.dlq}.
 */
@Component("projectEvents")
public class ProjectEventsConsumer extends IntegrationEventConsumer<ProjectEvent> {

  private static final Logger log = LoggerFactory.getLogger(ProjectEventsConsumer.class);

  private final ProjectAnnouncementService announcements;

  public ProjectEventsConsumer(
      ProjectAnnouncementService announcements, ObjectMapper objectMapper) {
    super(ProjectEvent.class, objectMapper);
    this.announcements = announcements;
  }

  @Override
  public void handle(ProjectEvent event) {
    if (event instanceof ProjectCreated created) {
      announcements.draft(toCommand(created));
    } else if (event instanceof ProjectStatusChanged changed) {
      announcements.draftStatusNews(
          changed.eventId(), changed.projectId(), changed.title(), changed.status());
    } else if (event instanceof ProjectEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    } else {
      log.warn("Skipping an unreadable project event: {}", event);
    }
  }

  static DraftProjectAnnouncementCommand toCommand(ProjectCreated created) {
    if (created.fundraisingTarget() == null) {
      throw new IllegalArgumentException("ProjectCreated " + created.eventId() + " has no target");
    }
    return new DraftProjectAnnouncementCommand(
        created.eventId(),
        new NewProject(
            created.projectId(),
            created.title(),
            created.fundraisingTarget().minorUnits(),
            created.fundraisingTarget().currency()));
  }
}

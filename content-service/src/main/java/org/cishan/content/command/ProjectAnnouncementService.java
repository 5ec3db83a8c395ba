package org.cishan.content.command;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.NewProject;
import org.cishan.content.domain.ProjectAnnouncement;
import org.cishan.content.domain.ProjectStatusNews;
import org.cishan.support.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts project updates from project-service's events: one announcement per created project, one
 * piece of news per approval and per closure, however often the events are delivered. A created
 * project's fundraising target goes to {@link FundraisingMilestoneService} in the same transaction.
 */
@Service
public class ProjectAnnouncementService {

  /** The consumer name under which handled events are remembered in {@code processed_event}. */
  public static final String CONSUMER = "project-updates";

  private static final Logger log = LoggerFactory.getLogger(ProjectAnnouncementService.class);

  private final ProcessedEvents processedEvents;
  private final ArticleStore articles;
  private final FundraisingMilestoneService milestones;
  private final Clock clock;

  public ProjectAnnouncementService(
      ProcessedEvents processedEvents,
      ArticleStore articles,
      FundraisingMilestoneService milestones,
      Clock clock) {
    this.processedEvents = processedEvents;
    this.articles = articles;
    this.milestones = milestones;
    this.clock = clock;
  }

  /**
   * @return true if a draft was written now, false if this event had been handled before
   */
  @Transactional
  public boolean draft(DraftProjectAnnouncementCommand command) {
    if (!processedEvents.firstDelivery(CONSUMER, command.eventId())) {
      log.info("Event {} was already handled; skipping its redelivery", command.eventId());
      return false;
    }
    Article draft =
        ProjectAnnouncement.draft(
            UUID.randomUUID(),
            command.eventId(),
            command.project(),
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    NewProject project = command.project();
    milestones.targetKnown(
        project.projectId(), project.title(), project.targetMinorUnits(), project.targetCurrency());
    if (!articles.insert(draft, "project-created:" + project.projectId())) {
      log.warn("A draft from event {} already exists; not writing another", command.eventId());
      return false;
    }
    return true;
  }

  /**
   * Drafts the news of a project's approval or closure: one draft per project and status, however
   * often (or by however many events) it is reported. Other statuses draft nothing.
   *
   * @return true if a draft was written now
   */
  @Transactional
  public boolean draftStatusNews(UUID eventId, UUID projectId, String title, String status) {
    if (!processedEvents.firstDelivery(CONSUMER, eventId)) {
      log.info("Event {} was already handled; skipping its redelivery", eventId);
      return false;
    }
    return ProjectStatusNews.draft(
            UUID.randomUUID(),
            eventId,
            projectId,
            title,
            status,
            clock.instant().truncatedTo(ChronoUnit.MICROS))
        .map(draft -> articles.insert(draft, ProjectStatusNews.factKey(projectId, status)))
        .orElse(false);
  }
}

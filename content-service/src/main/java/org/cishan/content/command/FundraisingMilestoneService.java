package org.cishan.content.command;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cishan.content.command.FundraisingStore.Progress;
import org.cishan.content.domain.FundraisingMilestone;
import org.cishan.support.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts fundraising milestone news (50% and 100% of a project's target) from the ledger's events:
 * each change to the money raised for a project is applied once per event id, and each milestone
 * reached is drafted once per project ({@code reported_fact}), whichever event — a gift, or the
 * project's target arriving after its gifts — shows it reached. Both paths take the project's
 * advisory lock first, so neither misses the other's uncommitted change.
 */
@Service
public class FundraisingMilestoneService {

  /** The consumer name under which handled ledger events are remembered. */
  public static final String CONSUMER = "fundraising-milestones";

  private static final Logger log = LoggerFactory.getLogger(FundraisingMilestoneService.class);

  private final ProcessedEvents processedEvents;
  private final FundraisingStore fundraising;
  private final ArticleStore articles;
  private final Clock clock;

  public FundraisingMilestoneService(
      ProcessedEvents processedEvents,
      FundraisingStore fundraising,
      ArticleStore articles,
      Clock clock) {
    this.processedEvents = processedEvents;
    this.fundraising = fundraising;
    this.articles = articles;
    this.clock = clock;
  }

  /**
   * Applies one change to what a project raised ({@code delta} minor units; negative for a refund
   * or a release) and drafts the milestones it reaches.
   *
   * @return how many drafts were written now (0 for a redelivery)
   */
  @Transactional
  public int recordRaised(UUID eventId, UUID projectId, String currency, long delta) {
    if (!processedEvents.firstDelivery(CONSUMER, eventId)) {
      log.info("Event {} was already handled; skipping its redelivery", eventId);
      return 0;
    }
    fundraising.lockProject(projectId);
    fundraising.addRaised(projectId, currency, delta);
    return draftReached(projectId);
  }

  /**
   * Remembers a new project's target (called in the transaction that handles its ProjectCreated)
   * and drafts the milestones gifts that arrived before it already reached.
   */
  @Transactional
  public int targetKnown(UUID projectId, String title, long target, String currency) {
    if (target <= 0) {
      log.warn("Project {} has no positive target; no fundraising milestones", projectId);
      return 0;
    }
    fundraising.lockProject(projectId);
    fundraising.rememberTarget(projectId, title, target, currency);
    return draftReached(projectId);
  }

  private int draftReached(UUID projectId) {
    Progress progress = fundraising.lockProgress(projectId).orElse(null);
    if (progress == null) {
      return 0;
    }
    int drafted = 0;
    for (FundraisingMilestone milestone :
        FundraisingMilestone.reached(progress.raised(), progress.target())) {
      boolean inserted =
          articles.insert(
              milestone.draft(
                  UUID.randomUUID(),
                  projectId,
                  progress.title(),
                  progress.raised(),
                  progress.target(),
                  progress.currency(),
                  clock.instant().truncatedTo(ChronoUnit.MICROS)),
              milestone.factKey(projectId));
      if (inserted) {
        log.info("Drafted the {}% milestone of project {}", milestone.percent(), projectId);
        drafted++;
      }
    }
    return drafted;
  }
}

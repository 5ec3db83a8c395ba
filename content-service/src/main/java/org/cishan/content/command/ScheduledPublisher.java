package org.cishan.content.command;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles when they are due, checking every {@code
 * cishan.content.publish-check} (default 5 s); an article appears at most that long after its time,
 * with its scheduled time as the publication time. Each article is published in its own
 * transaction, so one that fails (logged, retried at the next check) does not hold back the others.
 */
@Component
class ScheduledPublisher {

  private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
  private static final int BATCH = 100;

  private final ChangeArticleStatusService statuses;

  ScheduledPublisher(ChangeArticleStatusService statuses) {
    this.statuses = statuses;
  }

  @Scheduled(
      fixedDelayString = "${cishan.content.publish-check:PT5S}",
      initialDelayString = "${cishan.content.publish-check:PT5S}")
  void publishDue() {
    for (UUID article : statuses.due(BATCH)) {
      try {
        statuses.publishIfDue(article);
      } catch (RuntimeException e) {
        log.error("Could not publish scheduled article {}; retrying at the next check", article, e);
      }
    }
  }
}

package org.cishan.content.command;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles when they are due, checking every {@code
 * cishan.content.publish-check} (default 5 s); an article appears at most that long after its time,
 * with its scheduled time as the publication time. Batches of 100 are published until none is due.
 */
@Component
class ScheduledPublisher {

  private final ChangeArticleStatusService statuses;

  ScheduledPublisher(ChangeArticleStatusService statuses) {
    this.statuses = statuses;
  }

  @Scheduled(
      fixedDelayString = "${cishan.content.publish-check:PT5S}",
      initialDelayString = "${cishan.content.publish-check:PT5S}")
  void publishDue() {
    while (statuses.publishDue() > 0) {
      // until nothing is due
    }
  }
}

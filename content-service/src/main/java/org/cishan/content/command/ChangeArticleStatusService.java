package org.cishan.content.command;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleStatus;
import org.cishan.content.domain.ArticleTransitionRefusedException;
import org.cishan.content.domain.InvalidArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an article in the editorial workflow under a row lock, recording who, when and why in
 * {@code article_transition}. Publishing stamps {@code published_at} (kept if it is archived);
 * scheduling keeps the time it is due, and {@link #publishIfDue} publishes it then.
 */
@Service
public class ChangeArticleStatusService {

  /** Who publishes scheduled articles, as {@code article_transition.changed_by} records it. */
  public static final String SCHEDULER = "scheduler";

  private static final Logger log = LoggerFactory.getLogger(ChangeArticleStatusService.class);
  private final ArticleStore articles;
  private final Clock clock;

  public ChangeArticleStatusService(ArticleStore articles, Clock clock) {
    this.articles = articles;
    this.clock = clock;
  }

  /**
   * @param publishAt when a SCHEDULED article is to be published: required for SCHEDULED, in the
   *     future, and refused with any other status
   * @return the new status, or empty when there is no such article
   */
  @Transactional
  public Optional<ArticleStatus> change(
      UUID articleId, ArticleStatus to, Instant publishAt, String note, String by) {
    Instant now = now();
    if (to == ArticleStatus.SCHEDULED && (publishAt == null || !publishAt.isAfter(now))) {
      throw new InvalidArticleException("publishAt", "must be a time in the future to schedule");
    }
    if (to != ArticleStatus.SCHEDULED && publishAt != null) {
      throw new InvalidArticleException("publishAt", "is only for status SCHEDULED");
    }
    Optional<Article> current = articles.lock(articleId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    ArticleStatus from = current.get().status();
    if (!from.mayMoveTo(to)) {
      throw new ArticleTransitionRefusedException(from, to);
    }
    Instant at = publishAt == null ? null : publishAt.truncatedTo(ChronoUnit.MICROS);
    articles.move(articleId, from, to, at, now, note, by, now);
    return Optional.of(to);
  }

  /** The scheduled articles whose time has come, oldest first (at most {@code limit}). */
  public List<UUID> due(int limit) {
    return articles.due(now(), limit);
  }

  /**
   * Publishes one scheduled article if it is still scheduled and due, with its scheduled time as
   * {@code published_at}, in a transaction of its own. A row another instance is publishing is
   * skipped, so no article is published twice.
   *
   * @return whether it was published now
   */
  @Transactional
  public boolean publishIfDue(UUID articleId) {
    Instant now = now();
    Optional<Article> due = articles.lockIfDue(articleId, now);
    if (due.isEmpty()) {
      return false;
    }
    Instant scheduled = due.get().publishAt();
    articles.move(
        articleId,
        ArticleStatus.SCHEDULED,
        ArticleStatus.PUBLISHED,
        null,
        scheduled,
        "published as scheduled for " + scheduled,
        SCHEDULER,
        now);
    log.info("Published article {} as scheduled for {}", articleId, scheduled);
    return true;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

package org.cishan.content.command;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.ArticleStatus;
import org.cishan.content.domain.ArticleTransitionRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an article in the editorial workflow under a row lock, recording who, when and why in
 * {@code article_transition}; publishing stamps {@code published_at} (kept if it is archived).
 */
@Service
public class ChangeArticleStatusService {

  private final ArticleStore articles;
  private final Clock clock;

  public ChangeArticleStatusService(ArticleStore articles, Clock clock) {
    this.articles = articles;
    this.clock = clock;
  }

  /** The new status, or empty when there is no such article. */
  @Transactional
  public Optional<ArticleStatus> change(UUID articleId, ArticleStatus to, String note, String by) {
    Optional<ArticleStatus> current = articles.lockStatus(articleId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    ArticleStatus from = current.get();
    if (!from.mayMoveTo(to)) {
      throw new ArticleTransitionRefusedException(from, to);
    }
    articles.move(articleId, from, to, note, by, clock.instant().truncatedTo(ChronoUnit.MICROS));
    return Optional.of(to);
  }
}

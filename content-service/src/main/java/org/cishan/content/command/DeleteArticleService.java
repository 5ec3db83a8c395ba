package org.cishan.content.command;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a draft or an article in review — never published: a published article can only be
 * archived, so what the public saw stays on record; a scheduled one is taken back into review
 * first. The images it used that no other article uses go with it, in the same transaction, and are
 * named in the answer and in {@code article_deletion}: none is left behind unseen.
 */
@Service
public class DeleteArticleService {

  private final ArticleStore articles;
  private final Clock clock;

  public DeleteArticleService(ArticleStore articles, Clock clock) {
    this.articles = articles;
    this.clock = clock;
  }

  /** The images deleted with the article, or empty when there is no such article. */
  @Transactional
  public Optional<List<UUID>> delete(UUID articleId, String by) {
    Optional<Article> locked = articles.lock(articleId);
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Article article = locked.get();
    if (!article.status().isDeletable()) {
      throw new ArticleConflictException(
          "article-was-public",
          "A "
              + article.status()
              + " article is not deleted; archive it instead (only drafts and articles in review"
              + " can be deleted)");
    }
    return Optional.of(
        articles.delete(article, by, clock.instant().truncatedTo(ChronoUnit.MICROS)));
  }
}

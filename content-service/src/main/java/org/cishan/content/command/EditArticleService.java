package org.cishan.content.command;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits an article under a row lock: the new content becomes its next revision, and every earlier
 * one is kept with who saved it and when. A published article stays published, showing the new
 * revision; an archived one is final.
 */
@Service
public class EditArticleService {

  private final ArticleStore articles;
  private final ArticleContentPreparer preparer;
  private final Clock clock;

  public EditArticleService(ArticleStore articles, ArticleContentPreparer preparer, Clock clock) {
    this.articles = articles;
    this.preparer = preparer;
    this.clock = clock;
  }

  /** The article in its new revision, or empty when there is no such article. */
  @Transactional
  public Optional<Article> edit(EditArticleCommand command) {
    Optional<Article> locked = articles.lock(command.articleId());
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Article current = locked.get();
    if (!current.status().isEditable()) {
      throw new ArticleConflictException(
          "article-archived", "An archived article is final; it cannot be edited");
    }
    if (command.slug() != null && !command.slug().equals(current.slug())) {
      throw new ArticleConflictException(
          "slug-is-stable", "An article's slug never changes; it is " + current.slug());
    }
    if (command.expectedRevision() != null && command.expectedRevision() != current.revision()) {
      throw new ArticleConflictException(
          "stale-revision",
          "The article is at revision "
              + current.revision()
              + ", not "
              + command.expectedRevision()
              + "; read it again and redo the edit");
    }
    ArticleContent content = preparer.prepare(command.content());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int revision = articles.revise(current, content, command.editorId(), now);
    return Optional.of(
        new Article(
            current.id(),
            current.slug(),
            content,
            current.status(),
            revision,
            current.sourceEventId(),
            current.authorId(),
            current.createdAt(),
            current.publishedAt(),
            current.publishAt()));
  }
}

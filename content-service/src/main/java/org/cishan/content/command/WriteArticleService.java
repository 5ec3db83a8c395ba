package org.cishan.content.command;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.domain.InvalidArticleException;
import org.cishan.content.domain.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores an article an editor wrote, as a draft in its first revision. */
@Service
public class WriteArticleService {

  private final ArticleStore articles;
  private final ArticleContentPreparer preparer;
  private final Clock clock;

  public WriteArticleService(ArticleStore articles, ArticleContentPreparer preparer, Clock clock) {
    this.articles = articles;
    this.preparer = preparer;
    this.clock = clock;
  }

  /**
   * Stores the draft with its body sanitized and its slug chosen or made; a body with nothing left,
   * an unknown image or an invalid slug is refused (400), a slug already taken is a conflict.
   */
  @Transactional
  public Article write(WriteArticleCommand command) {
    ArticleContent content = preparer.prepare(command.content());
    UUID id = UUID.randomUUID();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String slug = command.slug();
    if (slug == null) {
      slug = Slug.generate(content.title(), now, id);
    } else if (!Slug.isValid(slug)) {
      throw new InvalidArticleException(
          "slug", "must be lower-case letters and digits joined by single hyphens, at most 100");
    }
    Article article = Article.draft(id, slug, content, null, command.authorId(), now);
    if (articles.slugTaken(slug) || !articles.insert(article, null)) {
      throw new ArticleConflictException("slug-taken", "Another article has the slug " + slug);
    }
    return article;
  }
}

package org.cishan.content.command;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores an article an editor wrote, as a draft of category NEWS. */
@Service
public class WriteArticleService {

  private final ArticleStore articles;
  private final Clock clock;

  public WriteArticleService(ArticleStore articles, Clock clock) {
    this.articles = articles;
    this.clock = clock;
  }

  /**
   * Stores the draft with its body sanitized ({@link BodySanitizer}); a body with nothing left is
   * refused.
   */
  @Transactional
  public Article write(WriteArticleCommand command) {
    String body = BodySanitizer.clean(command.body());
    if (!BodySanitizer.hasContent(body)) {
      throw new EmptyBodyException();
    }
    Article article =
        Article.newsDraft(
            UUID.randomUUID(),
            command.title(),
            command.summary(),
            body,
            command.language(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            command.authorId());
    articles.insert(article);
    return article;
  }
}

package org.cishan.content.web;

import java.time.Instant;
import java.util.UUID;
import org.cishan.content.domain.Article;

/**
 * An article as the API shows it. The author's account id is not shown (to anyone): it is a staff
 * account id, kept in {@code article.author_id} for the record.
 */
public record ArticleResponse(
    UUID articleId,
    String title,
    String summary,
    String body,
    String language,
    String category,
    String status,
    UUID projectId,
    Instant createdAt) {

  static ArticleResponse of(Article article) {
    return new ArticleResponse(
        article.id(),
        article.title(),
        article.summary(),
        article.body(),
        article.language(),
        article.category().name(),
        article.status().name(),
        article.projectId(),
        article.createdAt());
  }
}

package org.cishan.content.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleContent;

/**
 * An article as the API shows it, in its current revision. Images are served at {@code
 * /api/content/images/{imageId}}. The author's account id is not shown (to anyone): it is a staff
 * account id, kept in {@code article.author_id} for the record.
 */
public record ArticleResponse(
    UUID articleId,
    String slug,
    String title,
    String summary,
    String body,
    String byline,
    String language,
    String category,
    List<String> tags,
    List<UUID> projectIds,
    UUID coverImageId,
    List<UUID> galleryImageIds,
    String status,
    int revision,
    Instant createdAt,
    Instant publishedAt,
    Instant publishAt) {

  static ArticleResponse of(Article article) {
    ArticleContent content = article.content();
    return new ArticleResponse(
        article.id(),
        article.slug(),
        content.title(),
        content.summary(),
        content.body(),
        content.byline(),
        content.language(),
        content.category().name(),
        content.tags(),
        content.projectIds(),
        content.coverImageId(),
        content.galleryImageIds(),
        article.status().name(),
        article.revision(),
        article.createdAt(),
        article.publishedAt(),
        article.publishAt());
  }
}

package org.cishan.content.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.query.image.ImageRepository.ImageSummary;

/**
 * An article as the API shows it, in its current revision. {@code images} describes the cover and
 * gallery images (in that order: URL, type, width, height, alternative text), so a portal can lay
 * them out and describe them without another request. The author's account id is not shown (to
 * anyone): it is a staff account id, kept in {@code article.author_id} for the record.
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
    List<ImageSummary> images,
    String status,
    int revision,
    Instant createdAt,
    Instant publishedAt,
    Instant publishAt) {

  static ArticleResponse of(Article article, Map<UUID, ImageSummary> images) {
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
        content.imageIds().stream().map(images::get).filter(Objects::nonNull).toList(),
        article.status().name(),
        article.revision(),
        article.createdAt(),
        article.publishedAt(),
        article.publishAt());
  }
}

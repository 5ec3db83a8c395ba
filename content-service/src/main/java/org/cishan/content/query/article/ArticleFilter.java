package org.cishan.content.query.article;

import java.util.Objects;
import java.util.UUID;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleStatus;

/**
 * Which articles to list; a null {@code projectId}, {@code category}, {@code status} or {@code
 * query} does not filter. {@code query} finds articles whose title, summary or text contains it, in
 * any case (Chinese or English). {@code visibility} always applies: with {@link
 * ArticleVisibility#PUBLISHED_ONLY} only published articles are listed, so asking for {@code
 * status=DRAFT} finds none.
 */
public record ArticleFilter(
    UUID projectId,
    ArticleCategory category,
    ArticleStatus status,
    ArticleVisibility visibility,
    String query) {

  public ArticleFilter {
    Objects.requireNonNull(visibility, "visibility");
  }

  /** No text search. */
  public ArticleFilter(
      UUID projectId,
      ArticleCategory category,
      ArticleStatus status,
      ArticleVisibility visibility) {
    this(projectId, category, status, visibility, null);
  }
}

package org.cishan.content.query.article;

import java.util.Objects;
import java.util.UUID;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleStatus;

/**
 * Which articles to list; a null {@code projectId}, {@code category} or {@code status} does not
 * filter. {@code visibility} always applies: with {@link ArticleVisibility#PUBLISHED_ONLY} only
 * published articles are listed, so asking for {@code status=DRAFT} finds none.
 */
public record ArticleFilter(
    UUID projectId, ArticleCategory category, ArticleStatus status, ArticleVisibility visibility) {

  public ArticleFilter {
    Objects.requireNonNull(visibility, "visibility");
  }
}

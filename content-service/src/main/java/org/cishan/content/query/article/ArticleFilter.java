package org.cishan.content.query.article;

import java.util.Objects;
import java.util.UUID;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleStatus;

/**
 * Which articles to list; a null field does not filter. {@code projectId} finds the articles linked
 * to that project, {@code tag} those with that tag (exactly), {@code query} those whose title,
 * summary or text contains it, in any case (Chinese or English). {@code visibility} always applies:
 * with {@link ArticleVisibility#PUBLISHED_ONLY} only published articles are listed, so asking for
 * {@code status=DRAFT} finds none.
 */
public record ArticleFilter(
    UUID projectId,
    ArticleCategory category,
    String tag,
    String language,
    ArticleStatus status,
    ArticleVisibility visibility,
    String query) {

  public ArticleFilter {
    Objects.requireNonNull(visibility, "visibility");
  }

  /** Everything {@code visibility} shows. */
  public static ArticleFilter all(ArticleVisibility visibility) {
    return new ArticleFilter(null, null, null, null, null, visibility, null);
  }
}

package org.cishan.content.domain;

import java.util.Map;
import java.util.Set;

/**
 * Where an article is in the editorial workflow: draft → in review → published → archived; a review
 * may send it back to draft. Only published articles are visible to the public.
 */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  private static final Map<ArticleStatus, Set<ArticleStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(IN_REVIEW),
          IN_REVIEW, Set.of(DRAFT, PUBLISHED),
          PUBLISHED, Set.of(ARCHIVED),
          ARCHIVED, Set.of());

  public boolean mayMoveTo(ArticleStatus target) {
    return NEXT.get(this).contains(target);
  }

  public Set<ArticleStatus> next() {
    return NEXT.get(this);
  }
}

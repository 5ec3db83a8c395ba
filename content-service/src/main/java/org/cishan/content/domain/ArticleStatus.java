package org.cishan.content.domain;

import java.util.Map;
import java.util.Set;

/**
 * Where an article is in the editorial workflow: draft → in review → published → archived. A review
 * may send it back to draft, or schedule it for a time; a scheduled article is published at that
 * time (or earlier by an editor), or taken back into review. Only published articles are visible to
 * the public.
 */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  ARCHIVED;

  private static final Map<ArticleStatus, Set<ArticleStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(IN_REVIEW),
          IN_REVIEW, Set.of(DRAFT, SCHEDULED, PUBLISHED),
          SCHEDULED, Set.of(IN_REVIEW, PUBLISHED),
          PUBLISHED, Set.of(ARCHIVED),
          ARCHIVED, Set.of());

  public boolean mayMoveTo(ArticleStatus target) {
    return NEXT.get(this).contains(target);
  }

  public Set<ArticleStatus> next() {
    return NEXT.get(this);
  }

  /** Whether its content may still be edited (an archived article is final). */
  public boolean isEditable() {
    return this != ARCHIVED;
  }

  /**
   * Whether it may be deleted: a draft or an article in review, which was never published (a
   * published article can only be archived); a scheduled one goes back to review first.
   */
  public boolean isDeletable() {
    return this == DRAFT || this == IN_REVIEW;
  }
}

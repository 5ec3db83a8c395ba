package org.cishan.content.domain;

/** Where an article is in the editorial workflow. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED
}

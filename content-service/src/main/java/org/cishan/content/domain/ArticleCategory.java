package org.cishan.content.domain;

/** What an article is about. */
public enum ArticleCategory {
  /** Written by the editors. */
  NEWS,
  /** About one project: its creation, progress, results. */
  PROJECT_UPDATE
}

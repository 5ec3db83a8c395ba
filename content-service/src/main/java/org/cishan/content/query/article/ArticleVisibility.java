package org.cishan.content.query.article;

/**
 * Which articles a reader may see at all. To a reader with {@link #PUBLISHED_ONLY} a draft does not
 * exist: it is left out of every list and its id is not found.
 */
public enum ArticleVisibility {
  /** The public: anonymous readers, donors and staff other than editors and auditors. */
  PUBLISHED_ONLY,
  /** Editors (who write the drafts) and auditors (who read everything). */
  EVERY_STATUS;

  public boolean showsDrafts() {
    return this == EVERY_STATUS;
  }
}

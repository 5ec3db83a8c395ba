package org.cishan.content.command;

/**
 * A request the article's state refuses (a 409 naming the {@code rule}): a slug already taken, a
 * slug changed, an edit of an archived article or of a revision that is no longer current, the
 * deletion of an article that was published, an image still in use.
 */
public class ArticleConflictException extends RuntimeException {

  private final String rule;

  public ArticleConflictException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}

package org.cishan.content.domain;

/** A workflow move that does not exist, e.g. publishing a draft that was never reviewed. */
public class ArticleTransitionRefusedException extends RuntimeException {

  public ArticleTransitionRefusedException(ArticleStatus from, ArticleStatus to) {
    super(
        "An article that is "
            + from
            + " cannot become "
            + to
            + (from.next().isEmpty()
                ? "; " + from + " is final"
                : "; it may become " + from.next()));
  }
}

package org.cishan.project.domain;

/** An evaluation report that breaks the rating rules; says every problem at once. */
public class InvalidEvaluationException extends IllegalArgumentException {

  public InvalidEvaluationException(String problems) {
    super(problems);
  }
}

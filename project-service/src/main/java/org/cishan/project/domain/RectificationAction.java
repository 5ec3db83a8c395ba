package org.cishan.project.domain;

/** What can be done to a rectification item. */
public enum RectificationAction {
  SUBMIT("submitted"),
  VERIFY("verified"),
  REOPEN("reopened");

  private final String pastTense;

  RectificationAction(String pastTense) {
    this.pastTense = pastTense;
  }

  public String pastTense() {
    return pastTense;
  }
}

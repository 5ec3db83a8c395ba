package org.cishan.project.domain;

/** What can be done to a closing material. */
public enum MaterialAction {
  SUBMIT("submitted"),
  ACCEPT("accepted"),
  RETURN("returned");

  private final String pastTense;

  MaterialAction(String pastTense) {
    this.pastTense = pastTense;
  }

  public String pastTense() {
    return pastTense;
  }
}

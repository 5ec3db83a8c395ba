package org.cishan.project.domain;

/**
 * One closing material: missing → submitted → accepted, or returned with a comment (then submitted
 * again). Accepted is final.
 */
public enum MaterialStatus {
  MISSING,
  SUBMITTED,
  ACCEPTED,
  RETURNED;

  public MaterialStatus after(MaterialAction action) {
    MaterialStatus next =
        switch (action) {
          case SUBMIT -> this == MISSING || this == RETURNED ? SUBMITTED : null;
          case ACCEPT -> this == SUBMITTED ? ACCEPTED : null;
          case RETURN -> this == SUBMITTED ? RETURNED : null;
        };
    if (next == null) {
      throw new ProjectStateException(
          "A closing material that is " + this + " cannot be " + action.pastTense());
    }
    return next;
  }
}

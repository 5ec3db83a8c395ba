package org.cishan.project.domain;

/**
 * A rectification item (整改): open → submitted with evidence → verified; a submission that does not
 * convince is reopened (back to open, with a comment). Verified is final.
 */
public enum RectificationStatus {
  OPEN,
  SUBMITTED,
  VERIFIED;

  /** Where {@code action} takes an item in this status; refused when the action does not apply. */
  public RectificationStatus after(RectificationAction action) {
    RectificationStatus next =
        switch (action) {
          case SUBMIT -> this == OPEN ? SUBMITTED : null;
          case VERIFY -> this == SUBMITTED ? VERIFIED : null;
          case REOPEN -> this == SUBMITTED ? OPEN : null;
        };
    if (next == null) {
      throw new ProjectStateException(
          "A rectification item that is " + this + " cannot be " + action.pastTense());
    }
    return next;
  }
}

package org.cishan.project.domain;

import java.util.List;

/**
 * A status change the project's rules refuse, with every reason (e.g. each field approval still
 * needs, or each thing that blocks closure), so the caller sees all that is missing at once.
 */
public class TransitionRefusedException extends RuntimeException {

  private final List<String> reasons;

  public TransitionRefusedException(ProjectStatus from, ProjectStatus to, List<String> reasons) {
    super("The project cannot move from " + from + " to " + to + ": " + String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}

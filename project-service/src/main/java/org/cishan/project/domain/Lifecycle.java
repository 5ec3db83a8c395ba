package org.cishan.project.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a status change, checked together so that a refusal names every reason: the move
 * must exist; approval needs complete details; termination needs a reason; closure needs the
 * blockers the caller found (open rectifications, missing materials, undisbursed money) to be none.
 */
public final class Lifecycle {

  static final int MAX_REASON = 1000;

  private Lifecycle() {}

  /**
   * @param closureBlockers what still blocks closure (only consulted when closing)
   * @throws TransitionRefusedException with every reason the move is refused
   */
  public static void check(
      ProjectStatus from,
      ProjectStatus to,
      String reason,
      ProjectDetails details,
      List<String> closureBlockers) {
    if (!from.mayMoveTo(to)) {
      throw new TransitionRefusedException(
          from,
          to,
          List.of(
              from.next().isEmpty()
                  ? from + " is final"
                  : "from " + from + " a project may only move to " + from.next()));
    }
    List<String> reasons = new ArrayList<>();
    if (reason != null && reason.length() > MAX_REASON) {
      reasons.add("reason has at most " + MAX_REASON + " characters");
    }
    if (to == ProjectStatus.APPROVED) {
      details.missing().forEach(field -> reasons.add(field + " is required for approval"));
    }
    if (to == ProjectStatus.TERMINATED && (reason == null || reason.isBlank())) {
      reasons.add("a termination needs a reason");
    }
    if (to == ProjectStatus.CLOSED) {
      reasons.addAll(closureBlockers);
    }
    if (!reasons.isEmpty()) {
      throw new TransitionRefusedException(from, to, reasons);
    }
  }
}

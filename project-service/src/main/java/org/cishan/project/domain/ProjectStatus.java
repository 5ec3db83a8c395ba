package org.cishan.project.domain;

import java.util.Map;
import java.util.Set;

/**
 * A project's lifecycle: draft → approved (立项) → implementing → under evaluation → closed (结项);
 * approved or implementing → terminated. No other move exists; closed and terminated are final.
 */
public enum ProjectStatus {
  DRAFT,
  APPROVED,
  IMPLEMENTING,
  UNDER_EVALUATION,
  CLOSED,
  TERMINATED;

  private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(APPROVED),
          APPROVED, Set.of(IMPLEMENTING, TERMINATED),
          IMPLEMENTING, Set.of(UNDER_EVALUATION, TERMINATED),
          UNDER_EVALUATION, Set.of(CLOSED),
          CLOSED, Set.of(),
          TERMINATED, Set.of());

  public boolean mayMoveTo(ProjectStatus target) {
    return NEXT.get(this).contains(target);
  }

  /** The statuses this one may move to, for refusals that say what is possible. */
  public Set<ProjectStatus> next() {
    return NEXT.get(this);
  }
}

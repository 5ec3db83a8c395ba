package org.cishan.project.query.projectsummary;

import java.time.LocalDate;
import org.cishan.project.domain.ProjectCategory;
import org.cishan.project.domain.ProjectStatus;

/**
 * Which projects a list shows; a {@code null} field does not filter.
 *
 * @param overdueOn only projects with a rectification item due before this day and not verified
 */
public record ProjectFilter(
    ProjectStatus status,
    ProjectCategory category,
    String province,
    String county,
    LocalDate overdueOn) {

  public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null);
}

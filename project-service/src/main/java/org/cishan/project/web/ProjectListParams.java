package org.cishan.project.web;

import java.time.LocalDate;
import org.cishan.project.domain.ProjectCategory;
import org.cishan.project.domain.ProjectStatus;
import org.cishan.project.query.projectsummary.ProjectFilter;

/**
 * {@code
 * ?status=IMPLEMENTING&category=EDUCATION&province=湖南省&county=石门县&overdueRectifications=true}: each
 * optional; an unknown status or category is a 400 naming the parameter. {@code
 * overdueRectifications} keeps projects with a rectification item past due and not verified.
 */
public record ProjectListParams(
    ProjectStatus status,
    ProjectCategory category,
    String province,
    String county,
    Boolean overdueRectifications) {

  ProjectFilter toFilter(LocalDate today) {
    return new ProjectFilter(
        status,
        category,
        blankAsNull(province),
        blankAsNull(county),
        Boolean.TRUE.equals(overdueRectifications) ? today : null);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

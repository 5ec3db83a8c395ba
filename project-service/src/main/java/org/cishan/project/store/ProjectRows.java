package org.cishan.project.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.cishan.project.domain.ProjectCategory;
import org.cishan.project.domain.ProjectDetails;

/**
 * How a {@code project} row maps to domain values, shared by the command side (which reads a
 * project under lock) and the read model (which shows it), so the columns are mapped once.
 */
public final class ProjectRows {

  private ProjectRows() {}

  /** The details columns of a {@code project} row. */
  public static ProjectDetails details(ResultSet row) throws SQLException {
    String category = row.getString("category");
    return new ProjectDetails(
        row.getString("title_en"),
        row.getString("description_en"),
        category == null ? null : ProjectCategory.valueOf(category),
        row.getString("province"),
        row.getString("city"),
        row.getString("county"),
        row.getString("township"),
        row.getString("partner_organisation"),
        row.getString("partner_contact"),
        row.getObject("planned_start", LocalDate.class),
        row.getObject("planned_end", LocalDate.class),
        row.getString("approval_reference"));
  }
}

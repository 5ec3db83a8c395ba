package org.cishan.project.command;

import java.time.ZoneOffset;
import org.cishan.project.domain.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes projects to the {@code project} table. */
@Repository
public class ProjectStore {

  private final JdbcClient jdbc;

  public ProjectStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Project project) {
    jdbc.sql(
            """
            insert into project
              (id, title, description, target_minor_units, target_currency, created_at,
               created_by)
            values (:id, :title, :description, :minorUnits, :currency, :createdAt, :createdBy)
            """)
        .param("id", project.id())
        .param("title", project.title())
        .param("description", project.description())
        .param("minorUnits", project.fundraisingTarget().minorUnits())
        .param("currency", project.fundraisingTarget().currency())
        .param("createdAt", project.createdAt().atOffset(ZoneOffset.UTC))
        .param("createdBy", project.createdBy())
        .update();
  }
}

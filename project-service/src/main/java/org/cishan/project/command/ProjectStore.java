package org.cishan.project.command;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.cishan.project.domain.Project;
import org.cishan.project.domain.ProjectDetails;
import org.cishan.project.domain.ProjectStatus;
import org.cishan.project.domain.StatusChange;
import org.cishan.project.store.ProjectRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes projects to the {@code project} table and their moves to {@code project_transition}. */
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

  /** The project's title, status and details, its row locked until the transaction ends. */
  public Optional<ProjectState> lock(UUID projectId) {
    return jdbc.sql("select * from project where id = :id for update")
        .param("id", projectId)
        .query(
            (row, n) ->
                new ProjectState(
                    row.getString("title"),
                    ProjectStatus.valueOf(row.getString("status")),
                    ProjectRows.details(row)))
        .optional();
  }

  public void updateDetails(UUID projectId, ProjectDetails details) {
    jdbc.sql(
            """
            update project
               set title_en = :titleEn, description_en = :descriptionEn, category = :category,
                   province = :province, city = :city, county = :county, township = :township,
                   partner_organisation = :partnerOrganisation, partner_contact = :partnerContact,
                   planned_start = :plannedStart, planned_end = :plannedEnd,
                   approval_reference = :approvalReference
             where id = :id
            """)
        .param("id", projectId)
        .param("titleEn", details.titleEn())
        .param("descriptionEn", details.descriptionEn())
        .param("category", details.category() == null ? null : details.category().name())
        .param("province", details.province())
        .param("city", details.city())
        .param("county", details.county())
        .param("township", details.township())
        .param("partnerOrganisation", details.partnerOrganisation())
        .param("partnerContact", details.partnerContact())
        .param("plannedStart", details.plannedStart())
        .param("plannedEnd", details.plannedEnd())
        .param("approvalReference", details.approvalReference())
        .update();
  }

  /** Stores the new status and appends the transition: who, when, why. */
  public void record(StatusChange change) {
    jdbc.sql("update project set status = :status, status_changed_at = :at where id = :id")
        .param("status", change.to().name())
        .param("at", change.changedAt().atOffset(ZoneOffset.UTC))
        .param("id", change.projectId())
        .update();
    jdbc.sql(
            """
            insert into project_transition
                   (project_id, from_status, to_status, reason, changed_by, changed_at)
            values (:projectId, :from, :to, :reason, :by, :at)
            """)
        .param("projectId", change.projectId())
        .param("from", change.from().name())
        .param("to", change.to().name())
        .param("reason", change.reason())
        .param("by", change.changedBy())
        .param("at", change.changedAt().atOffset(ZoneOffset.UTC))
        .update();
  }
}

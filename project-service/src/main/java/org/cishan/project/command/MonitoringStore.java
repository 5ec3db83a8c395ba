package org.cishan.project.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.project.domain.MaterialKind;
import org.cishan.project.domain.MaterialStatus;
import org.cishan.project.domain.RectificationAction;
import org.cishan.project.domain.RectificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes rectification items (with their steps) and closing materials. */
@Repository
public class MonitoringStore {

  private final JdbcClient jdbc;

  public MonitoringStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertItem(
      UUID id,
      UUID projectId,
      String finding,
      String responsibleParty,
      LocalDate dueDate,
      String by,
      Instant at) {
    jdbc.sql(
            """
            insert into rectification_item
                   (id, project_id, finding, responsible_party, due_date, status, created_by,
                    created_at)
            values (:id, :projectId, :finding, :party, :due, 'OPEN', :by, :at)
            """)
        .param("id", id)
        .param("projectId", projectId)
        .param("finding", finding)
        .param("party", responsibleParty)
        .param("due", dueDate)
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  /** The item's status, its row locked until the transaction ends. */
  public Optional<RectificationStatus> lockItem(UUID projectId, UUID itemId) {
    return jdbc.sql(
            "select status from rectification_item where id = :id and project_id = :projectId"
                + " for update")
        .param("id", itemId)
        .param("projectId", projectId)
        .query((row, n) -> RectificationStatus.valueOf(row.getString("status")))
        .optional();
  }

  public void stepItem(
      UUID itemId,
      RectificationAction action,
      RectificationStatus to,
      String note,
      String by,
      Instant at) {
    jdbc.sql(
            """
            update rectification_item
               set status = :status,
                   evidence = case when :action = 'SUBMIT' then :note else evidence end
             where id = :id
            """)
        .param("status", to.name())
        .param("action", action.name())
        .param("note", note)
        .param("id", itemId)
        .update();
    jdbc.sql(
            """
            insert into rectification_step (item_id, action, note, done_by, done_at)
            values (:id, :action, :note, :by, :at)
            """)
        .param("id", itemId)
        .param("action", action.name())
        .param("note", note)
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  /** The material's status (MISSING when never submitted), its row locked if it exists. */
  public MaterialStatus lockMaterial(UUID projectId, MaterialKind kind) {
    return jdbc.sql(
            "select status from closing_material where project_id = :projectId and kind = :kind"
                + " for update")
        .param("projectId", projectId)
        .param("kind", kind.name())
        .query((row, n) -> MaterialStatus.valueOf(row.getString("status")))
        .optional()
        .orElse(MaterialStatus.MISSING);
  }

  public void saveMaterial(
      UUID projectId,
      MaterialKind kind,
      MaterialStatus status,
      String documentReference,
      String comment,
      String by,
      Instant at) {
    jdbc.sql(
            """
            insert into closing_material
                   (project_id, kind, status, document_reference, comment, updated_by, updated_at)
            values (:projectId, :kind, :status, :reference, :comment, :by, :at)
            on conflict (project_id, kind) do update
               set status = excluded.status,
                   document_reference =
                     coalesce(excluded.document_reference, closing_material.document_reference),
                   comment = excluded.comment, updated_by = excluded.updated_by,
                   updated_at = excluded.updated_at
            """)
        .param("projectId", projectId)
        .param("kind", kind.name())
        .param("status", status.name())
        .param("reference", documentReference)
        .param("comment", comment)
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  /** What of rectification and closing materials still blocks the project's closure. */
  public List<String> closureBlockers(UUID projectId) {
    List<String> blockers =
        new java.util.ArrayList<>(
            jdbc.sql(
                    """
                    select id, status from rectification_item
                     where project_id = :projectId and status <> 'VERIFIED'
                     order by created_at, id
                    """)
                .param("projectId", projectId)
                .query(
                    (row, n) ->
                        "rectification item "
                            + row.getString("id")
                            + " is "
                            + row.getString("status")
                            + ", not verified")
                .list());
    List<String> accepted =
        jdbc.sql(
                "select kind from closing_material where project_id = :projectId"
                    + " and status = 'ACCEPTED'")
            .param("projectId", projectId)
            .query(String.class)
            .list();
    for (MaterialKind kind : MaterialKind.values()) {
      if (!accepted.contains(kind.name())) {
        blockers.add("closing material " + kind + " is not accepted");
      }
    }
    return blockers;
  }
}

package org.cishan.project.query.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cishan.project.domain.MaterialKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads visits, evaluation reports, rectification items and closing materials. */
@Repository
public class MonitoringRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public MonitoringRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A project's visits, oldest first. */
  public List<VisitView> visitsOf(UUID projectId) {
    return jdbc.sql(
            "select * from monitoring_visit where project_id = :projectId"
                + " order by visited_on, recorded_at, id")
        .param("projectId", projectId)
        .query(
            (row, n) ->
                new VisitView(
                    row.getObject("id", UUID.class),
                    row.getObject("visited_on", LocalDate.class),
                    read(row.getString("evaluators")),
                    read(row.getString("sites")),
                    row.getString("observations"),
                    read(row.getString("photos")),
                    row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** A project's evaluation reports, oldest first. */
  public List<EvaluationView> evaluationsOf(UUID projectId) {
    return jdbc.sql(
            "select * from evaluation_report where project_id = :projectId"
                + " order by reported_at, id")
        .param("projectId", projectId)
        .query(
            (row, n) ->
                new EvaluationView(
                    row.getObject("id", UUID.class),
                    read(row.getString("ratings")),
                    row.getString("conclusion"),
                    row.getString("summary"),
                    row.getObject("reported_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private JsonNode read(String stored) {
    try {
      return json.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable stored JSON", e);
    }
  }

  /** A project's items, oldest first. */
  public List<RectificationItemView> itemsOf(UUID projectId, LocalDate today) {
    return jdbc.sql(
            "select * from rectification_item where project_id = :projectId"
                + " order by created_at, id")
        .param("projectId", projectId)
        .query((row, n) -> item(row, today))
        .list();
  }

  /** Items past their due date and not verified, the longest overdue first. */
  public List<RectificationItemView> overdue(LocalDate today, int page, int size) {
    return jdbc.sql(
            """
            select * from rectification_item where status <> 'VERIFIED' and due_date < :today
             order by due_date, id limit :size offset :offset
            """)
        .param("today", today)
        .param("size", size)
        .param("offset", (long) page * size)
        .query((row, n) -> item(row, today))
        .list();
  }

  public long overdueCount(LocalDate today) {
    return jdbc.sql(
            "select count(*) from rectification_item where status <> 'VERIFIED'"
                + " and due_date < :today")
        .param("today", today)
        .query(Long.class)
        .single();
  }

  /** Every required material of a project, in checklist order; MISSING where none was sent. */
  public List<ClosingMaterialView> materialsOf(UUID projectId) {
    Map<String, ClosingMaterialView> stored =
        jdbc
            .sql("select * from closing_material where project_id = :projectId")
            .param("projectId", projectId)
            .query(
                (row, n) ->
                    new ClosingMaterialView(
                        row.getString("kind"),
                        row.getString("status"),
                        row.getString("document_reference"),
                        row.getString("comment"),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant()))
            .list()
            .stream()
            .collect(Collectors.toMap(ClosingMaterialView::kind, Function.identity()));
    return Arrays.stream(MaterialKind.values())
        .map(
            kind ->
                stored.getOrDefault(
                    kind.name(), new ClosingMaterialView(kind.name(), "MISSING", null, null, null)))
        .toList();
  }

  private static RectificationItemView item(ResultSet row, LocalDate today) throws SQLException {
    LocalDate due = row.getObject("due_date", LocalDate.class);
    String status = row.getString("status");
    return new RectificationItemView(
        row.getObject("id", UUID.class),
        row.getObject("project_id", UUID.class),
        row.getString("finding"),
        row.getString("responsible_party"),
        due,
        status,
        row.getString("evidence"),
        row.getObject("created_at", OffsetDateTime.class).toInstant(),
        !"VERIFIED".equals(status) && due.isBefore(today));
  }
}

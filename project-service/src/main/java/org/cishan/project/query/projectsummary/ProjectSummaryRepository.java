package org.cishan.project.query.projectsummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;
import org.cishan.project.domain.ProjectDetails;
import org.cishan.project.store.ProjectRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads projects joined with their funding, straight from the tables the command side writes. */
@Repository
public class ProjectSummaryRepository {

  private static final String PROJECT_COLUMNS = "select * from project";

  /** A project row with its status and details, before its funding is joined. */
  private record Row(Project project, String status, ProjectDetails details) {}

  private final JdbcClient jdbc;

  public ProjectSummaryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ProjectSummaryView> find(UUID projectId) {
    return jdbc.sql(PROJECT_COLUMNS + " where id = :id")
        .param("id", projectId)
        .query(ProjectSummaryRepository::row)
        .optional()
        .map(r -> view(r, fundingOf(List.of(r.project().id()))));
  }

  /** Newest first, filtered by what {@code filter} names; {@code page} counts from 0. */
  public ProjectSummaryPage page(ProjectFilter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new java.util.HashMap<>();
    if (filter.status() != null) {
      where.append(" and status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.category() != null) {
      where.append(" and category = :category");
      params.put("category", filter.category().name());
    }
    if (filter.province() != null) {
      where.append(" and province = :province");
      params.put("province", filter.province());
    }
    if (filter.county() != null) {
      where.append(" and county = :county");
      params.put("county", filter.county());
    }
    if (filter.overdueOn() != null) {
      where.append(
          " and exists (select 1 from rectification_item r where r.project_id = project.id"
              + " and r.status <> 'VERIFIED' and r.due_date < :overdueOn)");
      params.put("overdueOn", filter.overdueOn());
    }
    List<Row> rows =
        jdbc.sql(
                PROJECT_COLUMNS
                    + where
                    + " order by created_at desc, id desc limit :size offset :offset")
            .params(params)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ProjectSummaryRepository::row)
            .list();
    Map<UUID, List<CurrencyFunding>> funding =
        fundingOf(rows.stream().map(r -> r.project().id()).toList());
    long total =
        jdbc.sql("select count(*) from project" + where).params(params).query(Long.class).single();
    return new ProjectSummaryPage(rows.stream().map(r -> view(r, funding)).toList(), total);
  }

  /** Who moved the project, when and why, oldest first. */
  public List<TransitionView> history(UUID projectId) {
    return jdbc.sql(
            """
            select from_status, to_status, reason, changed_by, changed_at
              from project_transition where project_id = :projectId order by id
            """)
        .param("projectId", projectId)
        .query(
            (rs, n) ->
                new TransitionView(
                    rs.getString("from_status"),
                    rs.getString("to_status"),
                    rs.getString("reason"),
                    rs.getString("changed_by"),
                    rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private static ProjectSummaryView view(Row row, Map<UUID, List<CurrencyFunding>> funding) {
    return ProjectSummaryView.of(
        row.project(),
        row.status(),
        row.details(),
        funding.getOrDefault(row.project().id(), List.of()));
  }

  private Map<UUID, List<CurrencyFunding>> fundingOf(Collection<UUID> projectIds) {
    if (projectIds.isEmpty()) {
      return Map.of();
    }
    record Row(UUID projectId, CurrencyFunding funding) {}
    return jdbc
        .sql(
            """
            select project_id, currency, raised_minor_units, allocated_minor_units,
                   disbursed_minor_units, donation_count
              from project_funding where project_id in (:ids) order by currency
            """)
        .param("ids", projectIds)
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("project_id", UUID.class),
                    new CurrencyFunding(
                        new Money(rs.getLong("raised_minor_units"), rs.getString("currency")),
                        rs.getLong("allocated_minor_units"),
                        rs.getLong("disbursed_minor_units"),
                        rs.getLong("donation_count"))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::projectId, Collectors.mapping(Row::funding, Collectors.toList())));
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    return new Row(project(rs), rs.getString("status"), ProjectRows.details(rs));
  }

  private static Project project(ResultSet rs) throws SQLException {
    return new Project(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("description"),
        new Money(rs.getLong("target_minor_units"), rs.getString("target_currency")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }
}

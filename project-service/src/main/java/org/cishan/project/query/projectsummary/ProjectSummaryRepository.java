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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads projects joined with their funding, straight from the tables the command side writes. */
@Repository
public class ProjectSummaryRepository {

  private static final String PROJECT_COLUMNS =
      "select id, title, description, target_minor_units, target_currency, created_at,"
          + " created_by"
          + " from project";

  private final JdbcClient jdbc;

  public ProjectSummaryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ProjectSummaryView> find(UUID projectId) {
    return jdbc.sql(PROJECT_COLUMNS + " where id = :id")
        .param("id", projectId)
        .query(ProjectSummaryRepository::project)
        .optional()
        .map(
            p ->
                ProjectSummaryView.of(
                    p, fundingOf(List.of(p.id())).getOrDefault(p.id(), List.of())));
  }

  /** Newest first; {@code page} counts from 0. */
  public ProjectSummaryPage page(int page, int size) {
    List<Project> projects =
        jdbc.sql(PROJECT_COLUMNS + " order by created_at desc, id desc limit :size offset :offset")
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ProjectSummaryRepository::project)
            .list();
    Map<UUID, List<CurrencyFunding>> funding =
        fundingOf(projects.stream().map(Project::id).toList());
    long total = jdbc.sql("select count(*) from project").query(Long.class).single();
    return new ProjectSummaryPage(
        projects.stream()
            .map(p -> ProjectSummaryView.of(p, funding.getOrDefault(p.id(), List.of())))
            .toList(),
        total);
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

  private static Project project(ResultSet rs, int rowNum) throws SQLException {
    return new Project(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("description"),
        new Money(rs.getLong("target_minor_units"), rs.getString("target_currency")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }
}

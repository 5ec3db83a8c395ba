package org.cishan.project.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.project.domain.Evaluation;
import org.cishan.project.domain.Photo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes monitoring visits and evaluation reports; their lists are stored as JSON. */
@Repository
public class ReportStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public ReportStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insertVisit(
      UUID id,
      UUID projectId,
      LocalDate visitedOn,
      List<String> evaluators,
      List<String> sites,
      String observations,
      List<Photo> photos,
      String by,
      Instant at) {
    jdbc.sql(
            """
            insert into monitoring_visit
                   (id, project_id, visited_on, evaluators, sites, observations, photos,
                    recorded_by, recorded_at)
            values (:id, :projectId, :visitedOn, cast(:evaluators as jsonb), cast(:sites as jsonb),
                    :observations, cast(:photos as jsonb), :by, :at)
            """)
        .param("id", id)
        .param("projectId", projectId)
        .param("visitedOn", visitedOn)
        .param("evaluators", write(evaluators))
        .param("sites", write(sites))
        .param("observations", observations)
        .param("photos", write(photos))
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  public void insertEvaluation(
      UUID id, UUID projectId, Evaluation evaluation, String by, Instant at) {
    jdbc.sql(
            """
            insert into evaluation_report
                   (id, project_id, ratings, conclusion, summary, reported_by, reported_at)
            values (:id, :projectId, cast(:ratings as jsonb), :conclusion, :summary, :by, :at)
            """)
        .param("id", id)
        .param("projectId", projectId)
        .param("ratings", write(Map.copyOf(evaluation.ratings())))
        .param("conclusion", evaluation.conclusion().name())
        .param("summary", evaluation.summary())
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value, e);
    }
  }
}

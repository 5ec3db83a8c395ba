package org.cishan.content.query.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.store.ArticleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An article's history for editors and auditors: every revision, and every workflow move. */
@Repository
public class ArticleHistoryRepository {

  /** One saved revision: its content, who saved it (null for drafts from events) and when. */
  public record Revision(int revision, ArticleContent content, String editedBy, Instant editedAt) {}

  /** One workflow move. */
  public record Transition(
      String fromStatus, String toStatus, String note, String changedBy, Instant changedAt) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public ArticleHistoryRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Oldest first. */
  public List<Revision> revisions(UUID articleId) {
    return jdbc.sql(
            """
            select revision, content::text as content, edited_by, edited_at
              from article_revision where article_id = :id order by revision
            """)
        .param("id", articleId)
        .query(
            (row, n) ->
                new Revision(
                    row.getInt("revision"),
                    content(row.getString("content")),
                    row.getString("edited_by"),
                    ArticleRows.instant(row, "edited_at")))
        .list();
  }

  /** Oldest first. */
  public List<Transition> transitions(UUID articleId) {
    return jdbc.sql(
            """
            select from_status, to_status, note, changed_by, changed_at
              from article_transition where article_id = :id order by id
            """)
        .param("id", articleId)
        .query(
            (row, n) ->
                new Transition(
                    row.getString("from_status"),
                    row.getString("to_status"),
                    row.getString("note"),
                    row.getString("changed_by"),
                    ArticleRows.instant(row, "changed_at")))
        .list();
  }

  private ArticleContent content(String text) {
    try {
      return json.readValue(text, ArticleContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored revision is unreadable", e);
    }
  }
}

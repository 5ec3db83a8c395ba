package org.cishan.content.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes articles to the {@code article} table and their workflow moves. */
@Repository
public class ArticleStore {

  private final JdbcClient jdbc;

  public ArticleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An article an editor wrote (no source event, no fact). */
  public boolean insert(Article article) {
    return insert(article, null);
  }

  /**
   * @param factKey the fact a drafted article reports (one article per fact), or {@code null}
   * @return false when an article from the same source event, or reporting the same fact, already
   *     exists (the unique columns are the second guard against duplicates, after processed_event)
   */
  public boolean insert(Article article, String factKey) {
    return jdbc.sql(
                """
                insert into article (id, title, summary, body, language, category, status,
                                     project_id, source_event_id, created_at, author_id,
                                     fact_key, search_text)
                values (:id, :title, :summary, :body, :language, :category, :status,
                        :projectId, :sourceEventId, :createdAt, :authorId, :factKey,
                        :searchText)
                on conflict do nothing
                """)
            .param("id", article.id())
            .param("title", article.title())
            .param("summary", article.summary())
            .param("body", article.body())
            .param("language", article.language())
            .param("category", article.category().name())
            .param("status", article.status().name())
            .param("projectId", article.projectId())
            .param("sourceEventId", article.sourceEventId())
            .param("createdAt", article.createdAt().atOffset(ZoneOffset.UTC))
            .param("authorId", article.authorId())
            .param("factKey", factKey)
            .param("searchText", searchText(article))
            .update()
        == 1;
  }

  /** What search looks in: title, summary and the body's words without markup. */
  static String searchText(Article article) {
    return article.title()
        + " "
        + (article.summary() == null ? "" : article.summary())
        + " "
        + BodySanitizer.text(article.body());
  }

  /** The article's status, its row locked until the transaction ends. */
  public Optional<ArticleStatus> lockStatus(UUID articleId) {
    return jdbc.sql("select status from article where id = :id for update")
        .param("id", articleId)
        .query((row, n) -> ArticleStatus.valueOf(row.getString("status")))
        .optional();
  }

  /**
   * Moves the article and records the move (who, when, note); publishing stamps {@code
   * published_at}, which archiving keeps.
   */
  public void move(
      UUID articleId, ArticleStatus from, ArticleStatus to, String note, String by, Instant at) {
    jdbc.sql(
            """
            update article
               set status = :status,
                   published_at = case when :status = 'PUBLISHED' then :at else published_at end
             where id = :id
            """)
        .param("status", to.name())
        .param("at", at.atOffset(ZoneOffset.UTC))
        .param("id", articleId)
        .update();
    jdbc.sql(
            """
            insert into article_transition
                   (article_id, from_status, to_status, note, changed_by, changed_at)
            values (:id, :from, :to, :note, :by, :at)
            """)
        .param("id", articleId)
        .param("from", from.name())
        .param("to", to.name())
        .param("note", note)
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }
}

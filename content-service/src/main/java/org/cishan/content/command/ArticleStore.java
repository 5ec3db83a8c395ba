package org.cishan.content.command;

import java.time.ZoneOffset;
import org.cishan.content.domain.Article;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes articles to the {@code article} table. */
@Repository
public class ArticleStore {

  private final JdbcClient jdbc;

  public ArticleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @return false when an article drafted from the same source event already exists (the unique
   *     {@code source_event_id} is the second guard against duplicates, after processed_event)
   */
  public boolean insert(Article article) {
    return jdbc.sql(
                """
                insert into article (id, title, summary, body, language, category, status,
                                     project_id, source_event_id, created_at, author_id)
                values (:id, :title, :summary, :body, :language, :category, :status,
                        :projectId, :sourceEventId, :createdAt, :authorId)
                on conflict (source_event_id) do nothing
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
            .update()
        == 1;
  }
}

package org.cishan.content.query.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles from the {@code article} table. */
@Repository
public class ArticleRepository {

  private static final String COLUMNS =
      "select id, title, summary, body, language, category, status, project_id, source_event_id,"
          + " created_at, author_id from article";
  private static final String PUBLISHED = "status = 'PUBLISHED'";

  private final JdbcClient jdbc;

  public ArticleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when there is no such article or {@code visibility} hides it (a draft). */
  public Optional<Article> find(UUID articleId, ArticleVisibility visibility) {
    return jdbc.sql(
            COLUMNS + " where id = :id" + (visibility.showsDrafts() ? "" : " and " + PUBLISHED))
        .param("id", articleId)
        .query(ArticleRepository::article)
        .optional();
  }

  /** Newest first; {@code page} counts from 0. */
  public ArticlePage page(ArticleFilter filter, int page, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (filter.projectId() != null) {
      conditions.add("project_id = :projectId");
      params.put("projectId", filter.projectId());
    }
    if (filter.category() != null) {
      conditions.add("category = :category");
      params.put("category", filter.category().name());
    }
    if (!filter.visibility().showsDrafts()) {
      conditions.add(PUBLISHED);
    }
    if (filter.status() != null) {
      conditions.add("status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.query() != null) {
      conditions.add("search_text ilike :pattern escape '\\'");
      params.put("pattern", "%" + escapeLike(filter.query()) + "%");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    List<Article> items =
        jdbc.sql(COLUMNS + where + " order by created_at desc, id desc limit :size offset :offset")
            .params(params)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ArticleRepository::article)
            .list();
    long total =
        jdbc.sql("select count(*) from article" + where).params(params).query(Long.class).single();
    return new ArticlePage(items, total);
  }

  /** The query as literal text inside a LIKE pattern: its % and _ match only themselves. */
  static String escapeLike(String query) {
    return query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Article article(ResultSet rs, int rowNum) throws SQLException {
    return new Article(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("body"),
        rs.getString("language"),
        ArticleCategory.valueOf(rs.getString("category")),
        ArticleStatus.valueOf(rs.getString("status")),
        rs.getObject("project_id", UUID.class),
        rs.getObject("source_event_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("author_id"));
  }
}

package org.cishan.content.query.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.store.ArticleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles from the {@code article} table, newest first. */
@Repository
public class ArticleRepository {

  private static final String SELECT = "select " + ArticleRows.COLUMNS + " from article";
  private static final String PUBLISHED = "status = 'PUBLISHED'";

  /**
   * Newest first: the public (who sees only published articles) by publication time, on the index
   * of published articles; staff by publication time for what was published, by creation for the
   * rest.
   */
  private static final String NEWEST_PUBLISHED_FIRST = " order by published_at desc, id desc";

  private static final String NEWEST_FIRST =
      " order by coalesce(published_at, created_at) desc, id desc";

  private final JdbcClient jdbc;

  public ArticleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when there is no such article or {@code visibility} hides it (not published). */
  public Optional<Article> find(UUID articleId, ArticleVisibility visibility) {
    return jdbc.sql(
            SELECT + " where id = :id" + (visibility.showsDrafts() ? "" : " and " + PUBLISHED))
        .param("id", articleId)
        .query(ArticleRows::article)
        .optional();
  }

  /** Empty when no article has this slug or {@code visibility} hides it. */
  public Optional<Article> findBySlug(String slug, ArticleVisibility visibility) {
    return jdbc.sql(
            SELECT + " where slug = :slug" + (visibility.showsDrafts() ? "" : " and " + PUBLISHED))
        .param("slug", slug)
        .query(ArticleRows::article)
        .optional();
  }

  /** Newest first; {@code page} counts from 0. */
  public ArticlePage page(ArticleFilter filter, int page, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (filter.projectId() != null) {
      conditions.add("project_ids @> array[cast(:projectId as uuid)]");
      params.put("projectId", filter.projectId());
    }
    if (filter.category() != null) {
      conditions.add("category = :category");
      params.put("category", filter.category().name());
    }
    if (filter.tag() != null) {
      conditions.add("tags @> array[cast(:tag as text)]");
      params.put("tag", filter.tag());
    }
    if (filter.language() != null) {
      conditions.add("language = :language");
      params.put("language", filter.language());
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
        jdbc.sql(
                SELECT
                    + where
                    + (filter.visibility().showsDrafts() ? NEWEST_FIRST : NEWEST_PUBLISHED_FIRST)
                    + " limit :size offset :offset")
            .params(params)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ArticleRows::article)
            .list();
    long total =
        jdbc.sql("select count(*) from article" + where).params(params).query(Long.class).single();
    return new ArticlePage(items, total);
  }

  /** The query as literal text inside a LIKE pattern: its % and _ match only themselves. */
  static String escapeLike(String query) {
    return query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

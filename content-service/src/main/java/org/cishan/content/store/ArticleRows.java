package org.cishan.content.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.domain.ArticleStatus;

/**
 * How an {@code article} row maps to an {@link Article}, shared by the command side (which reads an
 * article under lock to edit it) and the read model (which shows it), so the columns are mapped
 * once.
 */
public final class ArticleRows {

  /** The columns {@link #article} reads, for {@code select <COLUMNS> from article}. */
  public static final String COLUMNS =
      "id, slug, title, summary, body, language, category, tags, project_ids, cover_image_id,"
          + " gallery_image_ids, byline, status, revision, source_event_id, author_id, created_at,"
          + " published_at, publish_at";

  private ArticleRows() {}

  public static Article article(ResultSet row, int rowNum) throws SQLException {
    return new Article(
        row.getObject("id", UUID.class),
        row.getString("slug"),
        new ArticleContent(
            row.getString("title"),
            row.getString("summary"),
            row.getString("body"),
            row.getString("language"),
            ArticleCategory.valueOf(row.getString("category")),
            list(row.getArray("tags"), String.class),
            list(row.getArray("project_ids"), UUID.class),
            row.getObject("cover_image_id", UUID.class),
            list(row.getArray("gallery_image_ids"), UUID.class),
            row.getString("byline")),
        ArticleStatus.valueOf(row.getString("status")),
        row.getInt("revision"),
        row.getObject("source_event_id", UUID.class),
        row.getString("author_id"),
        instant(row, "created_at"),
        instant(row, "published_at"),
        instant(row, "publish_at"));
  }

  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A SQL array column as a list of {@code type}. */
  public static <T> List<T> list(Array array, Class<T> type) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).map(type::cast).toList();
  }
}

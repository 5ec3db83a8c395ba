package org.cishan.content.query.image;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.query.article.ArticleVisibility;
import org.cishan.content.store.ArticleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads uploaded images. To the public an image exists only while a published article uses it (as
 * cover or in its gallery, in any revision); editors and auditors see every image.
 */
@Repository
public class ImageRepository {

  /** The bytes to serve; {@code isPublic} says whether the public may see them. */
  public record ImageFile(String mediaType, byte[] bytes, String sha256, boolean isPublic) {}

  /** What is known of an image, without its bytes. */
  public record ImageInfo(
      UUID imageId,
      String mediaType,
      int width,
      int height,
      int sizeBytes,
      String sha256,
      String altText,
      Instant uploadedAt,
      List<UUID> usedBy) {}

  private static final String IS_PUBLIC =
      """
      exists (select 1 from article_image ai join article a on a.id = ai.article_id
               where ai.image_id = image.id and a.status = 'PUBLISHED')
      """;

  private final JdbcClient jdbc;

  public ImageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ImageFile> file(UUID id, ArticleVisibility visibility) {
    return jdbc.sql(
            "select media_type, bytes, sha256, "
                + IS_PUBLIC
                + " as is_public from image where id = :id"
                + (visibility.showsDrafts() ? "" : " and " + IS_PUBLIC))
        .param("id", id)
        .query(
            (row, n) ->
                new ImageFile(
                    row.getString("media_type"),
                    row.getBytes("bytes"),
                    row.getString("sha256"),
                    row.getBoolean("is_public")))
        .optional();
  }

  /** For editors and auditors: every image, or only those no article uses; newest first. */
  public List<ImageInfo> list(boolean unusedOnly, int page, int size) {
    return jdbc.sql(
            """
            select id, media_type, width, height, size_bytes, sha256, alt_text, uploaded_at,
                   array(select article_id from article_image ai where ai.image_id = image.id
                          order by 1) as used_by
              from image
            """
                + (unusedOnly
                    ? " where not exists (select 1 from article_image ai where ai.image_id = image.id)"
                    : "")
                + " order by uploaded_at desc, id desc limit :size offset :offset")
        .param("size", size)
        .param("offset", (long) page * size)
        .query(
            (row, n) ->
                new ImageInfo(
                    row.getObject("id", UUID.class),
                    row.getString("media_type"),
                    row.getInt("width"),
                    row.getInt("height"),
                    row.getInt("size_bytes"),
                    row.getString("sha256"),
                    row.getString("alt_text"),
                    ArticleRows.instant(row, "uploaded_at"),
                    ArticleRows.list(row.getArray("used_by"), UUID.class)))
        .list();
  }
}

package org.cishan.content.query.image;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.query.article.ArticleVisibility;
import org.cishan.content.store.ArticleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads uploaded images. To the public an image exists only while a published article shows it (as
 * cover or in its gallery, in its current revision): an image taken out of a published article, or
 * whose article was archived, is withdrawn. Editors and auditors see every image.
 */
@Repository
public class ImageRepository {

  /** What is needed to answer for an image; {@code isPublic}: whether the public may see it. */
  public record ImageHead(String mediaType, String sha256, boolean isPublic) {}

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
      (exists (select 1 from article a
                where a.status = 'PUBLISHED' and a.cover_image_id = image.id)
       or exists (select 1 from article a
                   where a.status = 'PUBLISHED' and a.gallery_image_ids @> array[image.id]))
      """;

  private final JdbcClient jdbc;

  public ImageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when there is no such image or {@code visibility} hides it. */
  public Optional<ImageHead> head(UUID id, ArticleVisibility visibility) {
    return jdbc.sql(
            "select media_type, sha256, "
                + IS_PUBLIC
                + " as is_public from image where id = :id"
                + (visibility.showsDrafts() ? "" : " and " + IS_PUBLIC))
        .param("id", id)
        .query(
            (row, n) ->
                new ImageHead(
                    row.getString("media_type"),
                    row.getString("sha256"),
                    row.getBoolean("is_public")))
        .optional();
  }

  /** The image's bytes (read only when they are to be sent). */
  public Optional<byte[]> bytes(UUID id) {
    return jdbc.sql("select bytes from image where id = :id")
        .param("id", id)
        .query((row, n) -> row.getBytes("bytes"))
        .optional();
  }

  /** What a reader needs to show an image: where, its type and size, its alternative text. */
  public record ImageSummary(
      UUID imageId, String url, String mediaType, int width, int height, String altText) {}

  /** The summaries of the given images, by id (ids of images that do not exist are left out). */
  public Map<UUID, ImageSummary> summaries(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, ImageSummary> found = new HashMap<>();
    jdbc.sql("select id, media_type, width, height, alt_text from image where id = any(:ids)")
        .param("ids", ids.toArray(UUID[]::new))
        .query(
            (row, n) -> {
              UUID id = row.getObject("id", UUID.class);
              return new ImageSummary(
                  id,
                  "/api/content/images/" + id,
                  row.getString("media_type"),
                  row.getInt("width"),
                  row.getInt("height"),
                  row.getString("alt_text"));
            })
        .list()
        .forEach(summary -> found.put(summary.imageId(), summary));
    return found;
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

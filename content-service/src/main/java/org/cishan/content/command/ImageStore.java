package org.cishan.content.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cishan.content.domain.ImageSniffer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes uploaded images to the {@code image} table and deletes unused ones. */
@Repository
public class ImageStore {

  private final JdbcClient jdbc;

  public ImageStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID id,
      ImageSniffer.Sniffed sniffed,
      byte[] bytes,
      String sha256,
      String altText,
      String by,
      Instant at) {
    jdbc.sql(
            """
            insert into image (id, media_type, width, height, size_bytes, sha256, bytes, alt_text,
                               uploaded_by, uploaded_at)
            values (:id, :mediaType, :width, :height, :size, :sha256, :bytes, :alt, :by, :at)
            """)
        .param("id", id)
        .param("mediaType", sniffed.format().mediaType())
        .param("width", sniffed.width())
        .param("height", sniffed.height())
        .param("size", bytes.length)
        .param("sha256", sha256)
        .param("bytes", bytes)
        .param("alt", altText)
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  /**
   * Which of {@code ids} are not uploaded images. The others are locked against deletion until the
   * transaction ends, so an image an article is about to link cannot vanish meanwhile.
   */
  public Set<UUID> missing(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Set<UUID> missing = new HashSet<>(ids);
    missing.removeAll(
        jdbc.sql("select id from image where id = any(:ids) for key share")
            .param("ids", ids.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
    return missing;
  }

  /** Whether the image exists; its row locked until the transaction ends. */
  public boolean lock(UUID id) {
    return jdbc.sql("select count(*) from (select 1 from image where id = :id for update) locked")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The articles whose revisions use the image. */
  public List<UUID> articlesUsing(UUID id) {
    return jdbc.sql("select article_id from article_image where image_id = :id order by 1")
        .param("id", id)
        .query(UUID.class)
        .list();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from image where id = :id").param("id", id).update();
  }
}

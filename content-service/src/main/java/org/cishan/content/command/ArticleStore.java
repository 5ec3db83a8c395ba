package org.cishan.content.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.domain.ArticleStatus;
import org.cishan.content.store.ArticleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes articles: the current revision in {@code article}, every revision in {@code
 * article_revision}, the images any revision uses in {@code article_image}, and workflow moves in
 * {@code article_transition}.
 */
@Repository
public class ArticleStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public ArticleStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Stores a new article as revision 1.
   *
   * @param factKey the fact a drafted article reports (one article per fact, ever: {@code
   *     reported_fact} keeps it after the draft is deleted), or {@code null}
   * @return false when nothing was stored because an article with the same slug or from the same
   *     source event exists, or the fact was reported before
   */
  public boolean insert(Article article, String factKey) {
    if (factKey != null && !reportFact(factKey, article)) {
      return false;
    }
    ArticleContent content = article.content();
    boolean inserted =
        jdbc.sql(
                    """
                    insert into article (id, slug, title, summary, body, language, category, tags,
                                         project_ids, cover_image_id, gallery_image_ids, byline,
                                         status,
                                         revision, source_event_id, created_at, author_id,
                                         fact_key, search_text)
                    values (:id, :slug, :title, :summary, :body, :language, :category, :tags,
                            :projectIds, :cover, :gallery, :byline, :status, 1, :sourceEventId,
                            :createdAt, :authorId, :factKey, :searchText)
                    on conflict do nothing
                    """)
                .params(contentParams(content))
                .param("id", article.id())
                .param("slug", article.slug())
                .param("status", article.status().name())
                .param("sourceEventId", article.sourceEventId())
                .param("createdAt", utc(article.createdAt()))
                .param("authorId", article.authorId())
                .param("factKey", factKey)
                .update()
            == 1;
    if (inserted) {
      appendRevision(article.id(), 1, content, article.authorId(), article.createdAt());
    }
    return inserted;
  }

  /**
   * Records that a draft reports {@code factKey}; false when one ever did (even if it was deleted
   * since).
   */
  private boolean reportFact(String factKey, Article article) {
    return jdbc.sql(
                """
                insert into reported_fact (fact_key, article_id, reported_at)
                values (:fact, :article, :at)
                on conflict do nothing
                """)
            .param("fact", factKey)
            .param("article", article.id())
            .param("at", utc(article.createdAt()))
            .update()
        == 1;
  }

  /** Whether an article already has this slug. */
  public boolean slugTaken(String slug) {
    return jdbc.sql("select count(*) from article where slug = :slug")
            .param("slug", slug)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The article in its current revision, its row locked until the transaction ends. */
  public Optional<Article> lock(UUID articleId) {
    return jdbc.sql("select " + ArticleRows.COLUMNS + " from article where id = :id for update")
        .param("id", articleId)
        .query(ArticleRows::article)
        .optional();
  }

  /** Makes {@code content} the article's next revision, kept with who and when. */
  public int revise(Article current, ArticleContent content, String by, Instant at) {
    int revision = current.revision() + 1;
    jdbc.sql(
            """
            update article
               set title = :title, summary = :summary, body = :body, language = :language,
                   category = :category, tags = :tags, project_ids = :projectIds,
                   cover_image_id = :cover, gallery_image_ids = :gallery, byline = :byline,
                   search_text = :searchText, revision = :revision
             where id = :id
            """)
        .params(contentParams(content))
        .param("revision", revision)
        .param("id", current.id())
        .update();
    appendRevision(current.id(), revision, content, by, at);
    return revision;
  }

  private void appendRevision(
      UUID articleId, int revision, ArticleContent content, String by, Instant at) {
    jdbc.sql(
            """
            insert into article_revision (article_id, revision, content, edited_by, edited_at)
            values (:id, :revision, cast(:content as jsonb), :by, :at)
            """)
        .param("id", articleId)
        .param("revision", revision)
        .param("content", toJson(content))
        .param("by", by)
        .param("at", utc(at))
        .update();
    for (UUID image : content.imageIds()) {
      jdbc.sql(
              """
              insert into article_image (article_id, image_id) values (:article, :image)
              on conflict do nothing
              """)
          .param("article", articleId)
          .param("image", image)
          .update();
    }
  }

  /** The named parameters of an article's content columns (and its search text). */
  private static Map<String, Object> contentParams(ArticleContent content) {
    Map<String, Object> params = new HashMap<>();
    params.put("title", content.title());
    params.put("summary", content.summary());
    params.put("body", content.body());
    params.put("language", content.language());
    params.put("category", content.category().name());
    params.put("tags", content.tags().toArray(String[]::new));
    params.put("projectIds", content.projectIds().toArray(UUID[]::new));
    params.put("cover", content.coverImageId());
    params.put("gallery", content.galleryImageIds().toArray(UUID[]::new));
    params.put("byline", content.byline());
    params.put("searchText", searchText(content));
    return params;
  }

  /** What search looks in: title, summary and the body's words without markup. */
  static String searchText(ArticleContent content) {
    return content.title()
        + " "
        + (content.summary() == null ? "" : content.summary())
        + " "
        + BodySanitizer.text(content.body());
  }

  /**
   * Moves the article and records the move (who, when, note). Publishing stamps {@code
   * published_at} ({@code publishedAt}), which archiving keeps; scheduling sets {@code publish_at},
   * which any other move clears.
   */
  public void move(
      UUID articleId,
      ArticleStatus from,
      ArticleStatus to,
      Instant publishAt,
      Instant publishedAt,
      String note,
      String by,
      Instant at) {
    jdbc.sql(
            """
            update article
               set status = :status,
                   publish_at = :publishAt,
                   published_at = case when :status = 'PUBLISHED' then :publishedAt
                                       else published_at end
             where id = :id
            """)
        .param("status", to.name())
        .param("publishAt", to == ArticleStatus.SCHEDULED ? utc(publishAt) : null)
        .param("publishedAt", utc(publishedAt == null ? at : publishedAt))
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
        .param("at", utc(at))
        .update();
  }

  /** The scheduled articles whose time has come, oldest first. */
  public List<UUID> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select id from article where status = 'SCHEDULED' and publish_at <= :now
             order by publish_at, id limit :limit
            """)
        .param("now", utc(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /**
   * The article, locked, if it is still scheduled and due; empty if not, or if another transaction
   * holds it (skipped, not waited for).
   */
  public Optional<Article> lockIfDue(UUID articleId, Instant now) {
    return jdbc.sql(
            "select "
                + ArticleRows.COLUMNS
                + " from article where id = :id and status = 'SCHEDULED' and publish_at <= :now"
                + " for update skip locked")
        .param("id", articleId)
        .param("now", utc(now))
        .query(ArticleRows::article)
        .optional();
  }

  /**
   * Deletes an article never published, with its revisions, moves and image links, and records the
   * deletion; then deletes the images it used that no other article uses.
   *
   * @return the images deleted with it
   */
  public List<UUID> delete(Article article, String by, Instant at) {
    List<UUID> images =
        jdbc.sql("select image_id from article_image where article_id = :id")
            .param("id", article.id())
            .query(UUID.class)
            .list();
    jdbc.sql("delete from article_transition where article_id = :id")
        .param("id", article.id())
        .update();
    jdbc.sql("delete from article where id = :id").param("id", article.id()).update();
    List<UUID> deleted = deleteUnused(images);
    jdbc.sql(
            """
            insert into article_deletion
                   (article_id, slug, title, deleted_images, deleted_by, deleted_at)
            values (:id, :slug, :title, :images, :by, :at)
            """)
        .param("id", article.id())
        .param("slug", article.slug())
        .param("title", article.title())
        .param("images", deleted.toArray(UUID[]::new))
        .param("by", by)
        .param("at", utc(at))
        .update();
    return deleted;
  }

  private List<UUID> deleteUnused(Collection<UUID> images) {
    if (images.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql(
            """
            delete from image i
             where i.id = any(:ids)
               and not exists (select 1 from article_image ai where ai.image_id = i.id)
            returning i.id
            """)
        .param("ids", images.toArray(UUID[]::new))
        .query(UUID.class)
        .list()
        .stream()
        .sorted()
        .toList();
  }

  private String toJson(ArticleContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Article content is not serializable", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}

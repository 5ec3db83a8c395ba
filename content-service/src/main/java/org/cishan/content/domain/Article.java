package org.cishan.content.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An article of the news centre in its current revision.
 *
 * @param slug its stable name in public URLs, never changed once given ({@link Slug})
 * @param revision the number of its current revision: 1 when first saved, one more per edit
 * @param sourceEventId the integration event it was drafted from, or null when an editor wrote it
 * @param authorId the account of the editor who wrote it (null for drafts written from events)
 * @param publishedAt when it was (first) published, or null
 * @param publishAt when it is scheduled to be published (status SCHEDULED only), or null
 */
public record Article(
    UUID id,
    String slug,
    ArticleContent content,
    ArticleStatus status,
    int revision,
    UUID sourceEventId,
    String authorId,
    Instant createdAt,
    Instant publishedAt,
    Instant publishAt) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (revision < 1) {
      throw new IllegalArgumentException("Revisions count from 1: " + revision);
    }
  }

  /** A new draft, revision 1. */
  public static Article draft(
      UUID id,
      String slug,
      ArticleContent content,
      UUID sourceEventId,
      String authorId,
      Instant createdAt) {
    return new Article(
        id, slug, content, ArticleStatus.DRAFT, 1, sourceEventId, authorId, createdAt, null, null);
  }

  /** A draft content-service writes itself from the event {@code sourceEventId}. */
  public static Article fromEvent(UUID id, ArticleContent content, UUID sourceEventId, Instant at) {
    return draft(id, Slug.generate(content.title(), at, id), content, sourceEventId, null, at);
  }

  public String title() {
    return content.title();
  }
}

package org.cishan.content.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An article of the news centre. {@code projectId} links it to a project (or is null); {@code
 * sourceEventId} is the integration event it was drafted from (or null when an editor wrote it);
 * {@code authorId} is the account of the editor who wrote it, from the verified token (null for
 * drafts written from events).
 */
public record Article(
    UUID id,
    String title,
    String summary,
    String body,
    String language,
    ArticleCategory category,
    ArticleStatus status,
    UUID projectId,
    UUID sourceEventId,
    Instant createdAt,
    String authorId) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 500;
  public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("A title needs 1 to " + MAX_TITLE + " characters");
    }
    if (summary != null && summary.length() > MAX_SUMMARY) {
      throw new IllegalArgumentException("A summary has at most " + MAX_SUMMARY + " characters");
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("An article needs a body");
    }
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("Unsupported language: " + language);
    }
  }

  /** A draft written by the editor {@code authorId}, not linked to any project. */
  public static Article newsDraft(
      UUID id,
      String title,
      String summary,
      String body,
      String language,
      Instant createdAt,
      String authorId) {
    Objects.requireNonNull(authorId, "authorId");
    return new Article(
        id,
        title,
        summary,
        body,
        language,
        ArticleCategory.NEWS,
        ArticleStatus.DRAFT,
        null,
        null,
        createdAt,
        authorId);
  }
}

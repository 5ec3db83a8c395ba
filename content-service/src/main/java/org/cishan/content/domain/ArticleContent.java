package org.cishan.content.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an editor writes and every revision keeps: the text (body already sanitized), language,
 * category, tags, linked projects and images. Each rule broken is an {@link
 * InvalidArticleException} naming its field.
 *
 * @param tags at most {@value #MAX_TAGS}, each 1 to {@value #MAX_TAG} characters, trimmed, no
 *     duplicates
 * @param projectIds the projects the article is about (at most {@value #MAX_PROJECTS})
 * @param coverImageId the cover image, or null
 * @param galleryImageIds the gallery in order (at most {@value #MAX_GALLERY}, no duplicates)
 * @param byline the author as readers see it (e.g. 本会宣传部 王芳), at most {@value #MAX_BYLINE}
 *     characters, or null; the editor's account is kept apart and never shown to the public
 */
public record ArticleContent(
    String title,
    String summary,
    String body,
    String language,
    ArticleCategory category,
    List<String> tags,
    List<UUID> projectIds,
    UUID coverImageId,
    List<UUID> galleryImageIds,
    String byline) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 500;
  public static final int MAX_BODY = 100_000;
  public static final int MAX_TAGS = 10;
  public static final int MAX_TAG = 30;
  public static final int MAX_PROJECTS = 20;
  public static final int MAX_GALLERY = 30;
  public static final int MAX_BYLINE = 100;
  public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

  public ArticleContent {
    tags = tags == null ? List.of() : tags.stream().map(t -> t == null ? "" : t.strip()).toList();
    projectIds =
        projectIds == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(projectIds)));
    galleryImageIds =
        galleryImageIds == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(galleryImageIds));
    List<InvalidArticleException.Violation> broken = new ArrayList<>();
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      broken.add(violation("title", "needs 1 to " + MAX_TITLE + " characters"));
    }
    if (summary != null && summary.length() > MAX_SUMMARY) {
      broken.add(violation("summary", "has at most " + MAX_SUMMARY + " characters"));
    }
    if (body == null || body.isBlank()) {
      broken.add(violation("body", "must not be blank"));
    } else if (body.length() > MAX_BODY) {
      broken.add(violation("body", "has at most " + MAX_BODY + " characters"));
    }
    if (language == null || !LANGUAGES.contains(language)) {
      broken.add(violation("language", "must be zh-CN or en"));
    }
    if (category == null) {
      broken.add(violation("category", "is required"));
    }
    if (tags.size() > MAX_TAGS) {
      broken.add(violation("tags", "has at most " + MAX_TAGS + " tags"));
    }
    if (tags.stream().anyMatch(t -> t.isEmpty() || t.length() > MAX_TAG)) {
      broken.add(violation("tags", "each tag needs 1 to " + MAX_TAG + " characters"));
    }
    if (new HashSet<>(tags).size() < tags.size()) {
      broken.add(violation("tags", "names a tag twice"));
    }
    if (projectIds.size() > MAX_PROJECTS) {
      broken.add(violation("projectIds", "has at most " + MAX_PROJECTS + " projects"));
    }
    if (projectIds.stream().anyMatch(Objects::isNull)) {
      broken.add(violation("projectIds", "must not contain null"));
    }
    if (galleryImageIds.size() > MAX_GALLERY) {
      broken.add(violation("galleryImageIds", "has at most " + MAX_GALLERY + " images"));
    }
    if (galleryImageIds.stream().anyMatch(Objects::isNull)) {
      broken.add(violation("galleryImageIds", "must not contain null"));
    } else if (new HashSet<>(galleryImageIds).size() < galleryImageIds.size()) {
      broken.add(violation("galleryImageIds", "names an image twice"));
    }
    byline = byline == null || byline.isBlank() ? null : byline.strip();
    if (byline != null && byline.length() > MAX_BYLINE) {
      broken.add(violation("byline", "has at most " + MAX_BYLINE + " characters"));
    }
    if (!broken.isEmpty()) {
      throw new InvalidArticleException(broken);
    }
  }

  /** Every image the content uses: the cover, then the gallery. */
  public Set<UUID> imageIds() {
    Set<UUID> ids = new LinkedHashSet<>();
    if (coverImageId != null) {
      ids.add(coverImageId);
    }
    ids.addAll(galleryImageIds);
    return ids;
  }

  /** The same content with another body (e.g. once sanitized). */
  public ArticleContent withBody(String newBody) {
    return new ArticleContent(
        title,
        summary,
        newBody,
        language,
        category,
        tags,
        projectIds,
        coverImageId,
        galleryImageIds,
        byline);
  }

  /** A short text with no tags, images or more than one project, as drafts from events are. */
  public static ArticleContent plain(
      String title, String summary, String body, ArticleCategory category, UUID projectId) {
    return new ArticleContent(
        title,
        summary,
        body,
        "zh-CN",
        category,
        List.of(),
        projectId == null ? List.of() : List.of(projectId),
        null,
        List.of(),
        null);
  }

  private static InvalidArticleException.Violation violation(String field, String message) {
    return new InvalidArticleException.Violation(field, message);
  }
}

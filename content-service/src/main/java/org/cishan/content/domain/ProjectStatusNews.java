package org.cishan.content.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The short draft that reports a project's approval (立项) or closure (结项), for an editor to complete
 * and publish. Other statuses make no news.
 */
public final class ProjectStatusNews {

  private ProjectStatusNews() {}

  /** The draft for {@code status}, or empty when that status is not news. */
  public static Optional<Article> draft(
      UUID articleId, UUID sourceEventId, UUID projectId, String title, String status, Instant at) {
    String name = ProjectAnnouncement.fit(title, ArticleContent.MAX_TITLE - 5);
    return switch (status) {
      case "APPROVED" ->
          Optional.of(
              article(
                  articleId,
                  sourceEventId,
                  projectId,
                  at,
                  "项目立项：" + name,
                  "项目「" + name + "」已批准立项。",
                  "慈善项目「" + title + "」已获批准立项，即将开始实施。"));
      case "CLOSED" ->
          Optional.of(
              article(
                  articleId,
                  sourceEventId,
                  projectId,
                  at,
                  "项目结项：" + name,
                  "项目「" + name + "」已完成结项。",
                  "慈善项目「" + title + "」已完成实施、整改与结项验收，正式结项。"));
      default -> Optional.empty();
    };
  }

  /** The fact a status draft reports: one draft per project and status, ever. */
  public static String factKey(UUID projectId, String status) {
    return "project-" + status.toLowerCase() + ":" + projectId;
  }

  private static Article article(
      UUID id, UUID source, UUID project, Instant at, String title, String summary, String body) {
    return Article.fromEvent(
        id,
        ArticleContent.plain(
            title, summary, EventDraftBody.of(body), ArticleCategory.PROJECT_UPDATE, project),
        source,
        at);
  }
}

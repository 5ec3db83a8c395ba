package org.cishan.content.domain;

import java.time.Instant;
import java.util.UUID;

/** The draft article that announces a new project, for an editor to complete and publish. */
public final class ProjectAnnouncement {

  static final String TITLE_PREFIX = "新项目：";
  static final String ELLIPSIS = "…";

  private ProjectAnnouncement() {}

  public static Article draft(UUID articleId, UUID sourceEventId, NewProject project, Instant at) {
    String target = AmountText.of(project.targetMinorUnits(), project.targetCurrency());
    String name = fit(project.title(), ArticleContent.MAX_TITLE - TITLE_PREFIX.length());
    return Article.fromEvent(
        articleId,
        ArticleContent.plain(
            TITLE_PREFIX + name,
            "新项目「" + name + "」已创建，筹款目标 " + target + "。",
            EventDraftBody.of("慈善项目「" + project.title() + "」已创建，筹款目标为 " + target + "。"),
            ArticleCategory.PROJECT_UPDATE,
            project.projectId()),
        sourceEventId,
        at);
  }

  /**
   * Cuts a text to at most {@code max} chars, marking the cut, never splitting a surrogate pair.
   */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}

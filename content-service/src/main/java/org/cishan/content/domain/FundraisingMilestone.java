package org.cishan.content.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A share of a project's fundraising target that makes news: half (筹款过半) and all of it (筹款目标达成).
 * Money raised counts the restricted gifts confirmed for the project, less what was refunded or
 * released from it, in the target's currency. A milestone is a fact: reached once, drafted once,
 * even if refunds later take the money below it and new gifts bring it back.
 */
public enum FundraisingMilestone {
  HALF(50, "筹款过半"),
  FULL(100, "筹款目标达成");

  private final int percent;
  private final String headline;

  FundraisingMilestone(int percent, String headline) {
    this.percent = percent;
    this.headline = headline;
  }

  public int percent() {
    return percent;
  }

  /** The milestones {@code raised} reaches of {@code target}, exactly (minor units). */
  public static List<FundraisingMilestone> reached(long raised, long target) {
    if (target <= 0) {
      return List.of();
    }
    BigInteger hundredfold = BigInteger.valueOf(raised).multiply(BigInteger.valueOf(100));
    return Arrays.stream(values())
        .filter(
            m ->
                hundredfold.compareTo(
                        BigInteger.valueOf(target).multiply(BigInteger.valueOf(m.percent)))
                    >= 0)
        .toList();
  }

  /** The fact a milestone draft reports: one per project and milestone, ever. */
  public String factKey(UUID projectId) {
    return "project-funded-" + percent + ":" + projectId;
  }

  /** The short draft for editors. */
  public Article draft(
      UUID articleId,
      UUID projectId,
      String projectTitle,
      long raised,
      long target,
      String currency,
      Instant at) {
    String name =
        ProjectAnnouncement.fit(projectTitle, ArticleContent.MAX_TITLE - headline.length() - 1);
    String raisedText = AmountText.of(raised, currency);
    String targetText = AmountText.of(target, currency);
    return Article.fromEvent(
        articleId,
        ArticleContent.plain(
            headline + "：" + name,
            "项目「" + name + "」已筹得 " + raisedText + "，达到筹款目标的 " + percent + "%。",
            EventDraftBody.of(
                "慈善项目「"
                    + projectTitle
                    + "」已筹得善款 "
                    + raisedText
                    + "，筹款目标为 "
                    + targetText
                    + "，已达成目标的 "
                    + percent
                    + "%。",
                "感谢每一位捐赠人的爱心支持。"),
            ArticleCategory.PROJECT_UPDATE,
            projectId),
        null,
        at);
  }
}

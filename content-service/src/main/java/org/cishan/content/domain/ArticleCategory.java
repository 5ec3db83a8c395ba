package org.cishan.content.domain;

/** What an article is: the portal's sections of the news centre. */
public enum ArticleCategory {
  /** News the editors write (资讯). */
  NEWS,
  /** Notices and announcements (通知公告). */
  NOTICE,
  /** About a project: approval, fundraising, results (项目动态). */
  PROJECT_UPDATE,
  /** Policies and regulations (政策法规). */
  POLICY
}

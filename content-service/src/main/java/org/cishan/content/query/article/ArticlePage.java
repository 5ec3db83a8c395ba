package org.cishan.content.query.article;

import java.util.List;
import org.cishan.content.domain.Article;

/** One page of articles, newest first, and how many match in all. */
public record ArticlePage(List<Article> items, long totalItems) {}

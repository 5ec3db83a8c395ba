package org.cishan.content.query.article;

import java.util.UUID;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleStatus;

/** Which articles to list; a null field does not filter. */
public record ArticleFilter(UUID projectId, ArticleCategory category, ArticleStatus status) {}

package org.cishan.content.command;

import org.cishan.content.domain.ArticleContent;

/**
 * An editor writes a new article; it starts as a draft.
 *
 * @param content the article as written (its body is sanitized before it is stored)
 * @param slug the slug the editor chose, or null to have one made from the title
 * @param authorId the writing editor's account id, from the verified token
 */
public record WriteArticleCommand(ArticleContent content, String slug, String authorId) {}

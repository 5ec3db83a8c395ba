package org.cishan.content.command;

import java.util.UUID;
import org.cishan.content.domain.ArticleContent;

/**
 * An editor replaces an article's content with a new revision.
 *
 * @param content the new content, complete (its body is sanitized before it is stored)
 * @param slug null, or the article's slug (which never changes)
 * @param expectedRevision the revision the editor edited, or null; another one is a conflict, so an
 *     edit never silently overwrites one made meanwhile
 * @param editorId the editing editor's account id, from the verified token
 */
public record EditArticleCommand(
    UUID articleId,
    ArticleContent content,
    String slug,
    Integer expectedRevision,
    String editorId) {}

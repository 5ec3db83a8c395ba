package org.cishan.content.command;

/**
 * An editor writes a new article; it starts as a draft.
 *
 * @param authorId the writing editor's account id, from the verified token
 */
public record WriteArticleCommand(
    String title, String summary, String body, String language, String authorId) {}

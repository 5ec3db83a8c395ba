package org.cishan.content.command;

/** An editor writes a new article; it starts as a draft. */
public record WriteArticleCommand(String title, String summary, String body, String language) {}

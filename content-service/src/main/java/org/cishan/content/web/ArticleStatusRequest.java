package org.cishan.content.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cishan.content.domain.ArticleStatus;

/** The body of {@code POST /api/content/articles/{id}/status}: where the article moves, and why. */
public record ArticleStatusRequest(@NotNull ArticleStatus status, @Size(max = 1000) String note) {}

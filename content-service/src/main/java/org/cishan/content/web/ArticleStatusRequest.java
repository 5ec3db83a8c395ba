package org.cishan.content.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.cishan.content.domain.ArticleStatus;

/**
 * The body of {@code POST /api/content/articles/{id}/status}: where the article moves, why, and —
 * for SCHEDULED only — when it is to be published (an ISO-8601 instant in the future).
 */
public record ArticleStatusRequest(
    @NotNull ArticleStatus status, @Size(max = 1000) String note, Instant publishAt) {}

package org.cishan.project.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cishan.project.domain.ProjectStatus;

/**
 * The body of {@code POST /api/projects/{id}/status}: where the project moves and why (a reason is
 * required to terminate).
 */
public record StatusChangeRequest(@NotNull ProjectStatus status, @Size(max = 1000) String reason) {}

package org.cishan.project.command;

import java.util.UUID;
import org.cishan.project.domain.ProjectStatus;

/**
 * Move a project in its lifecycle.
 *
 * @param reason why (required to terminate)
 * @param changedBy the acting project officer's account id, from the verified token
 */
public record ChangeProjectStatusCommand(
    UUID projectId, ProjectStatus to, String reason, String changedBy) {}

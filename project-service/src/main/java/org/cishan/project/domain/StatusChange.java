package org.cishan.project.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A project moved in its lifecycle: who, when and why, with what the announcement carries (its
 * title, and its approval reference as the code printed on receipts).
 */
public record StatusChange(
    UUID projectId,
    ProjectStatus from,
    ProjectStatus to,
    String reason,
    String changedBy,
    Instant changedAt,
    String title,
    String approvalReference) {}

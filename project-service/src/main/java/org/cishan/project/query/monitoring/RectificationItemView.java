package org.cishan.project.query.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A rectification item as it stands, with whether it is overdue on {@code today}. */
public record RectificationItemView(
    UUID itemId,
    UUID projectId,
    String finding,
    String responsibleParty,
    LocalDate dueDate,
    String status,
    String evidence,
    Instant createdAt,
    boolean overdue) {}

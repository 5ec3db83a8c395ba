package org.cishan.project.query.projectsummary;

import java.time.Instant;

/** One move of a project in its lifecycle. */
public record TransitionView(
    String from, String to, String reason, String changedBy, Instant changedAt) {}

package org.cishan.project.web;

import java.time.Instant;

/** One move of a project: from, to, why, who (the account id) and when. */
public record TransitionResponse(
    String from, String to, String reason, String changedBy, Instant changedAt) {}

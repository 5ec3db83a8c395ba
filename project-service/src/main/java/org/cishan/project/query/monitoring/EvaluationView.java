package org.cishan.project.query.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** An evaluation report: the rating (1 to 5) of every criterion, the conclusion and summary. */
public record EvaluationView(
    UUID reportId, JsonNode ratings, String conclusion, String summary, Instant reportedAt) {}

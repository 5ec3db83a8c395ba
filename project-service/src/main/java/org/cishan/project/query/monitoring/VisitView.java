package org.cishan.project.query.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A monitoring visit: when, who went, which sites, what they saw, the photos' metadata. */
public record VisitView(
    UUID visitId,
    LocalDate visitedOn,
    JsonNode evaluators,
    JsonNode sites,
    String observations,
    JsonNode photos,
    Instant recordedAt) {}

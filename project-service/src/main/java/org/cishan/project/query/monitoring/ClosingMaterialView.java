package org.cishan.project.query.monitoring;

import java.time.Instant;

/** One required closing material: MISSING until first submitted. */
public record ClosingMaterialView(
    String kind, String status, String documentReference, String comment, Instant updatedAt) {}

package org.cishan.donation.query.projectfunding;

import java.util.UUID;

/** The donations a project was funded from, oldest allocation first. */
public record FindProjectDrawsQuery(UUID projectId, int page, int size) {}

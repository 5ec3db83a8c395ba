package org.cishan.project.query.projectsummary;

import java.util.List;

/** One page of projects, newest first, and how many there are in all. */
public record ProjectSummaryPage(List<ProjectSummaryView> items, long totalItems) {}

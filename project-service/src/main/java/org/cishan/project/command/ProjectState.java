package org.cishan.project.command;

import org.cishan.project.domain.ProjectDetails;
import org.cishan.project.domain.ProjectStatus;

/** What a status change or a details update needs to know of a project, read under lock. */
public record ProjectState(String title, ProjectStatus status, ProjectDetails details) {}

package org.cishan.project.command;

import java.util.Objects;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.ProjectDetails;

/**
 * Create a charity project (a draft); the service chooses its id. The details may be left for
 * later; approval needs them.
 *
 * @param createdBy the acting project officer's account id, from the verified token
 */
public record CreateProjectCommand(
    String title,
    String description,
    Money fundraisingTarget,
    ProjectDetails details,
    String createdBy) {

  public CreateProjectCommand {
    Objects.requireNonNull(createdBy, "createdBy");
    details = details == null ? ProjectDetails.NONE : details;
  }
}

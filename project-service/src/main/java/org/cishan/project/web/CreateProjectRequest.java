package org.cishan.project.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cishan.project.command.CreateProjectCommand;
import org.cishan.project.domain.Project;
import org.cishan.support.security.Actor;

/** Body of {@code POST /api/projects}; {@code details} may come now or later, before approval. */
public record CreateProjectRequest(
    @NotBlank @Size(max = Project.MAX_TITLE) String title,
    @Size(max = Project.MAX_DESCRIPTION) String description,
    @NotNull @Valid MoneyRequest fundraisingTarget,
    @Valid ProjectDetailsRequest details) {

  /** The command; who creates the project is the signed-in officer, never a body field. */
  CreateProjectCommand toCommand(Actor actor) {
    return new CreateProjectCommand(
        title,
        description,
        fundraisingTarget.toMoney(),
        details == null ? null : details.toDetails(),
        actor.id());
  }
}

package org.cishan.project.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cishan.project.command.CreateProjectCommand;
import org.cishan.project.domain.Project;

/** Body of {@code POST /api/projects}. */
public record CreateProjectRequest(
    @NotBlank @Size(max = Project.MAX_TITLE) String title,
    @Size(max = Project.MAX_DESCRIPTION) String description,
    @NotNull @Valid MoneyRequest fundraisingTarget) {

  CreateProjectCommand toCommand() {
    return new CreateProjectCommand(title, description, fundraisingTarget.toMoney());
  }
}

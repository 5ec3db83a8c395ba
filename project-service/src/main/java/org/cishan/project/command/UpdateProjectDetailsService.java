package org.cishan.project.command;

import java.util.Optional;
import java.util.UUID;
import org.cishan.project.domain.ProjectDetails;
import org.cishan.project.domain.ProjectStateException;
import org.cishan.project.domain.ProjectStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces a draft's details; once approved, what was approved stays as it was. */
@Service
public class UpdateProjectDetailsService {

  private final ProjectStore projects;

  public UpdateProjectDetailsService(ProjectStore projects) {
    this.projects = projects;
  }

  /** The stored details, or empty when there is no such project. */
  @Transactional
  public Optional<ProjectDetails> update(UUID projectId, ProjectDetails details) {
    Optional<ProjectState> found = projects.lock(projectId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProjectStatus status = found.get().status();
    if (status != ProjectStatus.DRAFT) {
      throw new ProjectStateException(
          "Only a draft's details can be changed; project " + projectId + " is " + status);
    }
    projects.updateDetails(projectId, details);
    return Optional.of(details);
  }
}

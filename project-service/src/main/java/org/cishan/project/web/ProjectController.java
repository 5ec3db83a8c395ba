package org.cishan.project.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.cishan.project.command.CreateProjectService;
import org.cishan.project.domain.Project;
import org.cishan.project.query.projectsummary.ProjectSummaryPage;
import org.cishan.project.query.projectsummary.ProjectSummaryRepository;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.PageParams;
import org.cishan.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project API: create a project, read one, list them newest first. Access rules: {@code
 * config.ProjectAccessRules}.
 */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {

  private final CreateProjectService createProject;
  private final ProjectSummaryRepository summaries;

  public ProjectController(CreateProjectService createProject, ProjectSummaryRepository summaries) {
    this.createProject = createProject;
    this.summaries = summaries;
  }

  /** 201 with the stored project; its ProjectCreated event is in the outbox, sent after commit. */
  @PostMapping
  public ResponseEntity<ProjectResponse> create(
      @Valid @RequestBody CreateProjectRequest request, Actor actor) {
    Project project = createProject.create(request.toCommand(actor));
    return ResponseEntity.created(URI.create("/api/projects/" + project.id()))
        .body(ProjectResponse.of(summaries.find(project.id()).orElseThrow()));
  }

  @GetMapping("/{id}")
  public ProjectResponse find(@PathVariable UUID id) {
    return summaries
        .find(id)
        .map(ProjectResponse::of)
        .orElseThrow(() -> new NotFoundException("Project", id));
  }

  @GetMapping
  public PageResponse<ProjectResponse> list(@Valid PageParams params) {
    ProjectSummaryPage page = summaries.page(params.page(), params.size());
    return PageResponse.of(
        page.items(), ProjectResponse::of, params.page(), params.size(), page.totalItems());
  }
}

package org.cishan.project.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.cishan.project.command.ChangeProjectStatusCommand;
import org.cishan.project.command.ChangeProjectStatusService;
import org.cishan.project.command.CreateProjectService;
import org.cishan.project.command.UpdateProjectDetailsService;
import org.cishan.project.domain.Project;
import org.cishan.project.query.projectsummary.ProjectSummaryPage;
import org.cishan.project.query.projectsummary.ProjectSummaryRepository;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.PageParams;
import org.cishan.support.web.PageResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project API: create a project, describe a draft, move it through its lifecycle, read one and
 * its history, list them newest first. Access rules: {@code config.ProjectAccessRules}.
 */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {

  private final CreateProjectService createProject;
  private final UpdateProjectDetailsService updateDetails;
  private final ChangeProjectStatusService changeStatus;
  private final ProjectSummaryRepository summaries;
  private final Clock clock;
  private final ZoneId zone;

  public ProjectController(
      CreateProjectService createProject,
      UpdateProjectDetailsService updateDetails,
      ChangeProjectStatusService changeStatus,
      ProjectSummaryRepository summaries,
      Clock clock,
      @Value("${cishan.projects.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.createProject = createProject;
    this.updateDetails = updateDetails;
    this.changeStatus = changeStatus;
    this.summaries = summaries;
    this.clock = clock;
    this.zone = zone;
  }

  /** Replaces a draft's details (409 once approved). */
  @PutMapping("/{id}/details")
  public ProjectResponse details(
      @PathVariable UUID id, @Valid @RequestBody ProjectDetailsRequest request) {
    updateDetails
        .update(id, request.toDetails())
        .orElseThrow(() -> new NotFoundException("Project", id));
    return find(id);
  }

  /**
   * Moves the project in its lifecycle, recording who, when and why, and announces it on
   * project.project-events. 409 with every reason when the rules refuse (a move that does not
   * exist, details approval needs, a termination without reason, what blocks closure).
   */
  @PostMapping("/{id}/status")
  public ProjectResponse changeStatus(
      @PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request, Actor actor) {
    changeStatus
        .change(new ChangeProjectStatusCommand(id, request.status(), request.reason(), actor.id()))
        .orElseThrow(() -> new NotFoundException("Project", id));
    return find(id);
  }

  /** Staff: every move of the project, oldest first, with who made it. */
  @GetMapping("/{id}/history")
  public List<TransitionResponse> history(@PathVariable UUID id) {
    find(id);
    return summaries.history(id).stream()
        .map(
            t -> new TransitionResponse(t.from(), t.to(), t.reason(), t.changedBy(), t.changedAt()))
        .toList();
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

  /**
   * Newest first, optionally by status, category, province, county, and projects with overdue
   * rectification items.
   */
  @GetMapping
  public PageResponse<ProjectResponse> list(@Valid PageParams params, ProjectListParams filter) {
    ProjectSummaryPage page =
        summaries.page(
            filter.toFilter(LocalDate.now(clock.withZone(zone))), params.page(), params.size());
    return PageResponse.of(
        page.items(), ProjectResponse::of, params.page(), params.size(), page.totalItems());
  }
}

package org.cishan.project.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cishan.project.domain.Evaluation;
import org.cishan.project.domain.MaterialAction;
import org.cishan.project.domain.MaterialKind;
import org.cishan.project.domain.MaterialStatus;
import org.cishan.project.domain.Photo;
import org.cishan.project.domain.ProjectStateException;
import org.cishan.project.domain.ProjectStatus;
import org.cishan.project.domain.RectificationAction;
import org.cishan.project.domain.RectificationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring and evaluation: visits (who went, where, what they saw, photos) and evaluation reports
 * (ratings per criterion, a conclusion) are recorded; findings become rectification items that move
 * open → submitted → verified (or reopened), and closing materials move submitted → accepted (or
 * returned). Each step records who and when; the project's row is locked first, so a closure and a
 * new finding cannot cross. Only projects between approval and closure take them.
 */
@Service
public class MonitoringService {

  static final Set<ProjectStatus> MONITORED =
      Set.of(ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTING, ProjectStatus.UNDER_EVALUATION);

  private final ProjectStore projects;
  private final MonitoringStore monitoring;
  private final ReportStore reports;
  private final Clock clock;

  public MonitoringService(
      ProjectStore projects, MonitoringStore monitoring, ReportStore reports, Clock clock) {
    this.projects = projects;
    this.monitoring = monitoring;
    this.reports = reports;
    this.clock = clock;
  }

  /** The visit's id, or empty when there is no such project. */
  @Transactional
  public Optional<UUID> recordVisit(
      UUID projectId,
      LocalDate visitedOn,
      List<String> evaluators,
      List<String> sites,
      String observations,
      List<Photo> photos,
      String by) {
    if (!monitored(projectId)) {
      return Optional.empty();
    }
    UUID id = UUID.randomUUID();
    reports.insertVisit(
        id, projectId, visitedOn, evaluators, sites, observations, photos, by, now());
    return Optional.of(id);
  }

  /** The report's id, or empty when there is no such project. */
  @Transactional
  public Optional<UUID> recordEvaluation(UUID projectId, Evaluation evaluation, String by) {
    if (!monitored(projectId)) {
      return Optional.empty();
    }
    UUID id = UUID.randomUUID();
    reports.insertEvaluation(id, projectId, evaluation, by, now());
    return Optional.of(id);
  }

  /** The new item's id, or empty when there is no such project. */
  @Transactional
  public Optional<UUID> openItem(
      UUID projectId, String finding, String responsibleParty, LocalDate dueDate, String by) {
    if (!monitored(projectId)) {
      return Optional.empty();
    }
    UUID id = UUID.randomUUID();
    monitoring.insertItem(id, projectId, finding, responsibleParty, dueDate, by, now());
    return Optional.of(id);
  }

  /** The item's new status, or empty when the project has no such item. */
  @Transactional
  public Optional<RectificationStatus> stepItem(
      UUID projectId, UUID itemId, RectificationAction action, String note, String by) {
    if (!monitored(projectId)) {
      return Optional.empty();
    }
    Optional<RectificationStatus> current = monitoring.lockItem(projectId, itemId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    RectificationStatus next = current.get().after(action);
    monitoring.stepItem(itemId, action, next, note, by, now());
    return Optional.of(next);
  }

  /** The material's new status, or empty when there is no such project. */
  @Transactional
  public Optional<MaterialStatus> stepMaterial(
      UUID projectId,
      MaterialKind kind,
      MaterialAction action,
      String documentReference,
      String comment,
      String by) {
    if (!monitored(projectId)) {
      return Optional.empty();
    }
    MaterialStatus next = monitoring.lockMaterial(projectId, kind).after(action);
    monitoring.saveMaterial(projectId, kind, next, documentReference, comment, by, now());
    return Optional.of(next);
  }

  /** False for an unknown project; refused for one outside approval-to-closure. */
  private boolean monitored(UUID projectId) {
    Optional<ProjectState> project = projects.lock(projectId);
    if (project.isEmpty()) {
      return false;
    }
    if (!MONITORED.contains(project.get().status())) {
      throw new ProjectStateException(
          "Project "
              + projectId
              + " is "
              + project.get().status()
              + "; only approved, implementing or evaluated projects are monitored");
    }
    return true;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

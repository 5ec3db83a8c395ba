package org.cishan.project.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.project.command.MonitoringService;
import org.cishan.project.domain.MaterialAction;
import org.cishan.project.domain.MaterialKind;
import org.cishan.project.domain.RectificationAction;
import org.cishan.project.query.monitoring.ClosingMaterialView;
import org.cishan.project.query.monitoring.EvaluationView;
import org.cishan.project.query.monitoring.MonitoringRepository;
import org.cishan.project.query.monitoring.RectificationItemView;
import org.cishan.project.query.monitoring.VisitView;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.PageParams;
import org.cishan.support.web.PageResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring and evaluation: visits and evaluation reports; rectification items (整改) and closing
 * materials (结项材料): project officers record findings and move items open → submitted (with
 * evidence) → verified or reopened, and materials submitted → accepted or returned; every item must
 * be verified and every material accepted before the project closes. Anyone reads them; overdue
 * items (past due, not verified) have their own list.
 */
@RestController
public class MonitoringController {

  private final MonitoringService monitoring;
  private final MonitoringRepository views;
  private final Clock clock;
  private final ZoneId zone;

  public MonitoringController(
      MonitoringService monitoring,
      MonitoringRepository views,
      Clock clock,
      @Value("${cishan.projects.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.monitoring = monitoring;
    this.views = views;
    this.clock = clock;
    this.zone = zone;
  }

  @PostMapping("/api/projects/{id}/visits")
  public ResponseEntity<Map<String, UUID>> visit(
      @PathVariable UUID id, @Valid @RequestBody VisitRequest request, Actor actor) {
    UUID visit =
        monitoring
            .recordVisit(
                id,
                request.visitedOn(),
                request.evaluators(),
                request.sites(),
                request.observations(),
                request.photoList(),
                actor.id())
            .orElseThrow(() -> new NotFoundException("Project", id));
    return ResponseEntity.created(URI.create("/api/projects/" + id + "/visits"))
        .body(Map.of("visitId", visit));
  }

  @GetMapping("/api/projects/{id}/visits")
  public List<VisitView> visits(@PathVariable UUID id) {
    return views.visitsOf(id);
  }

  /** 400 naming every criterion rated twice, out of range or left out. */
  @PostMapping("/api/projects/{id}/evaluations")
  public ResponseEntity<Map<String, UUID>> evaluate(
      @PathVariable UUID id, @Valid @RequestBody EvaluationRequest request, Actor actor) {
    UUID report =
        monitoring
            .recordEvaluation(id, request.toEvaluation(), actor.id())
            .orElseThrow(() -> new NotFoundException("Project", id));
    return ResponseEntity.created(URI.create("/api/projects/" + id + "/evaluations"))
        .body(Map.of("reportId", report));
  }

  @GetMapping("/api/projects/{id}/evaluations")
  public List<EvaluationView> evaluations(@PathVariable UUID id) {
    return views.evaluationsOf(id);
  }

  @PostMapping("/api/projects/{id}/rectifications")
  public ResponseEntity<Map<String, UUID>> open(
      @PathVariable UUID id, @Valid @RequestBody RectificationRequest request, Actor actor) {
    UUID item =
        monitoring
            .openItem(
                id, request.finding(), request.responsibleParty(), request.dueDate(), actor.id())
            .orElseThrow(() -> new NotFoundException("Project", id));
    return ResponseEntity.created(URI.create("/api/projects/" + id + "/rectifications"))
        .body(Map.of("itemId", item));
  }

  /** {@code action}: submission (note = evidence), verification, reopening (note = why). */
  @PostMapping("/api/projects/{id}/rectifications/{itemId}/{action}")
  public Map<String, String> step(
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      @PathVariable String action,
      @RequestBody(required = false) @Valid NoteRequest note,
      Actor actor) {
    RectificationAction what =
        switch (action) {
          case "submission" -> RectificationAction.SUBMIT;
          case "verification" -> RectificationAction.VERIFY;
          case "reopening" -> RectificationAction.REOPEN;
          default -> throw new NotFoundException("Rectification action", action);
        };
    if (what != RectificationAction.VERIFY && note == null) {
      throw new MissingNoteException(what == RectificationAction.SUBMIT ? "evidence" : "reason");
    }
    return Map.of(
        "status",
        monitoring
            .stepItem(id, itemId, what, note == null ? null : note.note(), actor.id())
            .orElseThrow(() -> new NotFoundException("Rectification item", itemId))
            .name());
  }

  @GetMapping("/api/projects/{id}/rectifications")
  public List<RectificationItemView> items(@PathVariable UUID id) {
    return views.itemsOf(id, today());
  }

  @GetMapping("/api/projects/rectifications/overdue")
  public PageResponse<RectificationItemView> overdue(@Valid PageParams params) {
    LocalDate today = today();
    return PageResponse.of(
        views.overdue(today, params.page(), params.size()),
        item -> item,
        params.page(),
        params.size(),
        views.overdueCount(today));
  }

  /** {@code action}: submission (note = document reference), acceptance, return (note = why). */
  @PostMapping("/api/projects/{id}/materials/{kind}/{action}")
  public Map<String, String> material(
      @PathVariable UUID id,
      @PathVariable MaterialKind kind,
      @PathVariable String action,
      @RequestBody(required = false) @Valid NoteRequest note,
      Actor actor) {
    MaterialAction what =
        switch (action) {
          case "submission" -> MaterialAction.SUBMIT;
          case "acceptance" -> MaterialAction.ACCEPT;
          case "return" -> MaterialAction.RETURN;
          default -> throw new NotFoundException("Material action", action);
        };
    if (what != MaterialAction.ACCEPT && note == null) {
      throw new MissingNoteException(
          what == MaterialAction.SUBMIT ? "document reference" : "reason");
    }
    String text = note == null ? null : note.note();
    return Map.of(
        "status",
        monitoring
            .stepMaterial(
                id,
                kind,
                what,
                what == MaterialAction.SUBMIT ? text : null,
                what == MaterialAction.RETURN ? text : null,
                actor.id())
            .orElseThrow(() -> new NotFoundException("Project", id))
            .name());
  }

  @GetMapping("/api/projects/{id}/materials")
  public List<ClosingMaterialView> materials(@PathVariable UUID id) {
    return views.materialsOf(id);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }
}

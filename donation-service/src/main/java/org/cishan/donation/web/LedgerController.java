package org.cishan.donation.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.cishan.donation.command.AllocateFundsCommand;
import org.cishan.donation.command.DisburseFundsCommand;
import org.cishan.donation.command.ReverseAllocationCommand;
import org.cishan.donation.domain.Money;
import org.cishan.donation.query.donationsummary.FindPoolQuery;
import org.cishan.donation.query.donationsummary.PoolView;
import org.cishan.donation.query.journal.FindJournalQuery;
import org.cishan.donation.query.journal.JournalEntryView;
import org.cishan.donation.query.journal.JournalPage;
import org.cishan.donation.query.projectfunding.FindProjectDrawsQuery;
import org.cishan.donation.query.projectfunding.FindProjectFundingQuery;
import org.cishan.donation.query.projectfunding.ProjectDrawsPage;
import org.cishan.donation.query.projectfunding.ProjectFundingView;
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
 * The ledger's money beyond single donations: allocating to projects, reversing allocations,
 * disbursing to implementing partners (finance); the per-project view and its funding donations
 * (public); the unallocated pool and the day's journal (finance, auditors). Access rules: {@code
 * config.DonationAccessRules}.
 */
@RestController
@RequestMapping("/api/ledger")
public class LedgerController {

  /** Another instance drew on the same donation at the same moment: try again with fresh state. */
  static final int CONCURRENCY_ATTEMPTS = 5;

  private final CommandGateway commands;
  private final QueryGateway queries;

  public LedgerController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /**
   * 201 once the allocation and its draws are in the event store. It draws from the project's
   * restricted gifts first, then from unrestricted ones, each oldest confirmed first (ADR 6).
   */
  @PostMapping("/allocations")
  public ResponseEntity<LedgerEntryResponse> allocate(
      @Valid @RequestBody AllocationRequest request, Actor actor) {
    Money amount = request.amount().toMoney("amount");
    retryingConcurrentWrites(
        () ->
            commands.sendAndWait(
                new AllocateFundsCommand(
                    request.allocationId(), request.projectId(), amount, null, actor.id())));
    return ResponseEntity.created(URI.create(projectPath(request.projectId())))
        .body(entry(request.allocationId(), "ALLOCATION", request.projectId(), amount));
  }

  /** Reverses an allocation none of whose money was disbursed; reversing again changes nothing. */
  @PostMapping("/projects/{projectId}/allocations/{allocationId}/reversal")
  public LedgerEntryResponse reverse(
      @PathVariable UUID projectId,
      @PathVariable UUID allocationId,
      @Valid @RequestBody ReasonRequest request,
      Actor actor) {
    retryingConcurrentWrites(
        () ->
            commands.sendAndWait(
                new ReverseAllocationCommand(
                    projectId, allocationId, request.reason(), actor.id())));
    return new LedgerEntryResponse(allocationId, "REVERSAL", projectId, null);
  }

  @PostMapping("/projects/{projectId}/disbursements")
  public ResponseEntity<LedgerEntryResponse> disburse(
      @PathVariable UUID projectId, @Valid @RequestBody DisbursementRequest request, Actor actor) {
    Money amount = request.amount().toMoney("amount");
    commands.sendAndWait(
        new DisburseFundsCommand(
            projectId,
            request.disbursementId(),
            amount,
            request.partner(),
            request.voucherReference(),
            actor.id()));
    return ResponseEntity.created(URI.create(projectPath(projectId)))
        .body(entry(request.disbursementId(), "DISBURSEMENT", projectId, amount));
  }

  /** Public: what the ledger received for, allocated to and paid out for a project. */
  @GetMapping("/projects/{projectId}")
  public ProjectFundingResponse project(@PathVariable UUID projectId) {
    return queries
        .query(
            new FindProjectFundingQuery(projectId),
            ResponseTypes.optionalInstanceOf(ProjectFundingView.class))
        .join()
        .map(ProjectFundingResponse::of)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  /** Public: the donations a project was funded from; anonymous donors are not named. */
  @GetMapping("/projects/{projectId}/draws")
  public PageResponse<ProjectDrawsPage.DrawView> draws(
      @PathVariable UUID projectId, @Valid PageParams params) {
    ProjectDrawsPage page =
        queries
            .query(
                new FindProjectDrawsQuery(projectId, params.page(), params.size()),
                ProjectDrawsPage.class)
            .join();
    return PageResponse.of(
        page.items(), draw -> draw, params.page(), params.size(), page.totalItems());
  }

  /** Finance and auditors: confirmed money not yet allocated nor refunded. */
  @GetMapping("/pool")
  public PoolView pool() {
    return queries.query(new FindPoolQuery(), PoolView.class).join();
  }

  /** Finance and auditors: a day's money entries. */
  @GetMapping("/journal")
  public PageResponse<JournalEntryView> journal(
      @Valid JournalParams journal, @Valid PageParams params) {
    JournalPage page =
        queries
            .query(
                new FindJournalQuery(
                    journal.date(), journal.byEffectiveDate(), params.page(), params.size()),
                JournalPage.class)
            .join();
    return PageResponse.of(
        page.items(), entry -> entry, params.page(), params.size(), page.totalItems());
  }

  static void retryingConcurrentWrites(Runnable command) {
    for (int attempt = 1; ; attempt++) {
      try {
        command.run();
        return;
      } catch (ConcurrencyException raced) {
        if (attempt == CONCURRENCY_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  private static LedgerEntryResponse entry(UUID id, String kind, UUID subject, Money amount) {
    return new LedgerEntryResponse(
        id, kind, subject, new MoneyResponse(amount.minorUnits(), amount.currencyCode()));
  }

  private static String projectPath(UUID projectId) {
    return "/api/ledger/projects/" + projectId;
  }
}

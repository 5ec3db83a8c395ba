package org.cishan.donation.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.RefundDonationCommand;
import org.cishan.donation.command.ReleaseRestrictionCommand;
import org.cishan.donation.command.VoidDonationCommand;
import org.cishan.donation.domain.DonationStatus;
import org.cishan.donation.domain.Money;
import org.cishan.donation.query.donationsummary.DonationSummaryPage;
import org.cishan.donation.query.donationsummary.DonationSummaryView;
import org.cishan.donation.query.donationsummary.FindDonationSummaryQuery;
import org.cishan.donation.query.donationsummary.FindDonationsOfDonorQuery;
import org.cishan.donation.query.donationsummary.FindPendingDonationsQuery;
import org.cishan.donation.query.journal.DonationTrailView;
import org.cishan.donation.query.journal.FindDonationTrailQuery;
import org.cishan.donation.query.ledger.DonationLedger;
import org.cishan.donation.query.projectfunding.FindProjectFundingQuery;
import org.cishan.donation.query.projectfunding.ProjectFundingView;
import org.cishan.donation.query.publictotals.DailyTotalsView;
import org.cishan.donation.query.publictotals.FindDailyTotalsQuery;
import org.cishan.donation.query.publictotals.FindPublicTotalsQuery;
import org.cishan.donation.query.publictotals.PublicTotalsView;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
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
 * The donation API: receive a donation (command), read one back, a donor's own donations and the
 * public totals. Access rules: {@code config.DonationAccessRules}.
 */
@RestController
@RequestMapping("/api/donations")
public class DonationController {

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final DonationLedger ledger;

  public DonationController(CommandGateway commands, QueryGateway queries, DonationLedger ledger) {
    this.commands = commands;
    this.queries = queries;
    this.ledger = ledger;
  }

  /**
   * 201 once the donation is in the event store. A retry with the same id and content is answered
   * with the original result (nothing new is stored); the same id with other content is a 409.
   */
  @PostMapping
  public ResponseEntity<DonationResponse> receive(
      @Valid @RequestBody ReceiveDonationRequest request, Actor actor) {
    ReceiveDonationCommand command = request.toCommand(actor);
    try {
      commands.sendAndWait(command);
    } catch (AggregateStreamCreationException concurrentFirstReceipt) {
      // Another request created the same donation between our load and our commit: now it
      // exists, so the aggregate compares the content (idempotent answer or conflict).
      commands.sendAndWait(command);
    }
    Instant receivedAt =
        ledger
            .receivedAt(command.donationId())
            .orElseThrow(() -> new IllegalStateException("Stored donation not found"));
    return ResponseEntity.created(URI.create("/api/donations/" + command.donationId()))
        .body(DonationResponse.of(command, receivedAt));
  }

  /** Confirmed donations per day (by when the money moved), for the portal's charts. */
  @GetMapping("/totals/daily")
  public DailyTotalsResponse dailyTotals(@Valid DailyTotalsParams params) {
    return DailyTotalsResponse.of(
        queries
            .query(new FindDailyTotalsQuery(params.from(), params.to()), DailyTotalsView.class)
            .join());
  }

  @GetMapping("/totals")
  public PublicTotalsResponse totals() {
    return PublicTotalsResponse.of(
        queries.query(new FindPublicTotalsQuery(), PublicTotalsView.class).join());
  }

  /** Finance: the payment of a pending donation settled. Confirming again changes nothing. */
  @PostMapping("/{id}/confirm")
  public DonationStatusResponse confirm(@PathVariable UUID id, Actor actor) {
    commands.sendAndWait(new ConfirmDonationCommand(id, actor.id()));
    return new DonationStatusResponse(id, DonationStatus.CONFIRMED.name());
  }

  /** Finance: a pending donation's money will not come. Voiding again changes nothing. */
  @PostMapping("/{id}/void")
  public DonationStatusResponse voidDonation(
      @PathVariable UUID id, @Valid @RequestBody VoidDonationRequest request, Actor actor) {
    commands.sendAndWait(new VoidDonationCommand(id, request.reason(), actor.id(), false));
    return new DonationStatusResponse(id, DonationStatus.VOIDED.name());
  }

  /**
   * Finance: give part or all of a confirmed donation's unallocated money back. The same refund id
   * again with the same amount changes nothing.
   */
  @PostMapping("/{id}/refunds")
  public LedgerEntryResponse refund(
      @PathVariable UUID id, @Valid @RequestBody RefundRequest request, Actor actor) {
    Money amount = request.amount().toMoney("amount");
    commands.sendAndWait(
        new RefundDonationCommand(id, request.refundId(), amount, request.reason(), actor.id()));
    return new LedgerEntryResponse(
        request.refundId(),
        "REFUND",
        id,
        new MoneyResponse(amount.minorUnits(), amount.currencyCode()));
  }

  /**
   * Finance: a restricted gift's unallocated money may now go to any project (recorded, with why).
   */
  @PostMapping("/{id}/release-restriction")
  public DonationStatusResponse releaseRestriction(
      @PathVariable UUID id, @Valid @RequestBody ReasonRequest request, Actor actor) {
    commands.sendAndWait(new ReleaseRestrictionCommand(id, request.reason(), actor.id()));
    return new DonationStatusResponse(id, "RESTRICTION_RELEASED");
  }

  /** Where the donation's money went: drawn for projects, paid to partners, refunded. */
  @GetMapping("/{id}/trail")
  public DonationTrailView trail(@PathVariable UUID id, Actor actor) {
    readable(id, actor);
    return queries.query(new FindDonationTrailQuery(id), DonationTrailView.class).join();
  }

  /** The donation's receipt; 404 until it is issued (shortly after confirmation). */
  @GetMapping("/{id}/receipt")
  public ReceiptResponse receipt(@PathVariable UUID id, Actor actor) {
    DonationSummaryView donation = readable(id, actor);
    if (donation.receipt() == null) {
      throw new NotFoundException("Receipt of donation", id);
    }
    ProjectFundingView project =
        donation.projectId() == null
            ? null
            : queries
                .query(
                    new FindProjectFundingQuery(donation.projectId()),
                    ResponseTypes.optionalInstanceOf(ProjectFundingView.class))
                .join()
                .orElse(null);
    return ReceiptResponse.of(donation, project);
  }

  /** Finance and auditors: the pending donations, the nearest deadline first. */
  @GetMapping("/pending")
  public PageResponse<DonationResponse> pending(@Valid PageParams params) {
    return pageOf(
        queries
            .query(
                new FindPendingDonationsQuery(params.page(), params.size()),
                DonationSummaryPage.class)
            .join(),
        params);
  }

  /** The signed-in donor's own donations, newest first. */
  @GetMapping("/mine")
  public PageResponse<DonationResponse> mine(@Valid PageParams params, Actor actor) {
    return pageOf(
        queries
            .query(
                new FindDonationsOfDonorQuery(actor.id(), params.page(), params.size()),
                DonationSummaryPage.class)
            .join(),
        params);
  }

  private static PageResponse<DonationResponse> pageOf(
      DonationSummaryPage page, PageParams params) {
    return PageResponse.of(
        page.items(), DonationResponse::of, params.page(), params.size(), page.totalItems());
  }

  /**
   * Finance and auditors read any donation, a donor only their own: someone else's is a 404, so ids
   * reveal nothing. Eventually consistent: 404 until the donation-summaries projection has seen the
   * donation.
   */
  @GetMapping("/{id}")
  public DonationResponse find(@PathVariable UUID id, Actor actor) {
    return DonationResponse.of(readable(id, actor));
  }

  private DonationSummaryView readable(UUID id, Actor actor) {
    return queries
        .query(
            new FindDonationSummaryQuery(id),
            ResponseTypes.optionalInstanceOf(DonationSummaryView.class))
        .join()
        .filter(donation -> mayRead(actor, donation))
        .orElseThrow(() -> new NotFoundException("Donation", id));
  }

  private static boolean mayRead(Actor actor, DonationSummaryView donation) {
    return actor.hasAnyRole(Roles.FINANCE, Roles.AUDITOR) || actor.is(donation.donorAccountId());
  }
}

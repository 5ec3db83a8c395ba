package org.cishan.donation.deadletter;

import jakarta.validation.Valid;
import java.util.List;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.PageParams;
import org.cishan.support.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view of parked events (ADR 10): list them (ADMIN, AUDITOR), retry a processor's
 * parked sequences or one of them, evict a sequence with a reason (ADMIN). Access rules: {@code
 * config.DonationAccessRules}.
 */
@RestController
@RequestMapping("/api/ledger/dead-letters")
public class DeadLetterController {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

  private final DeadLetterGroups groups;
  private final DeadLetterCatalog catalog;
  private final DeadLetterRetries retries;

  public DeadLetterController(
      DeadLetterGroups groups, DeadLetterCatalog catalog, DeadLetterRetries retries) {
    this.groups = groups;
    this.catalog = catalog;
    this.retries = retries;
  }

  /** Parked events of every dead-lettering processor, or of {@code ?processor=}; paged. */
  @GetMapping
  public PageResponse<DeadLetterView> list(
      @RequestParam(required = false) String processor, @Valid PageParams paging) {
    List<String> processors =
        processor == null ? List.copyOf(groups.names()) : List.of(groups.require(processor));
    return new PageResponse<>(
        catalog.list(processors, paging.page(), paging.size()),
        paging.page(),
        paging.size(),
        catalog.count(processors));
  }

  /** Tries every parked sequence of the processor once more, however often it failed before. */
  @PostMapping("/{processor}/retry")
  public RetryOutcome retryAll(@PathVariable String processor, Actor actor) {
    RetryOutcome outcome = retries.retryAll(processor);
    log.info("Dead letters retried by {}: {}", actor.id(), outcome);
    return outcome;
  }

  /** Tries one parked sequence once more. */
  @PostMapping("/{processor}/sequences/{sequenceId}/retry")
  public RetryOutcome retrySequence(
      @PathVariable String processor, @PathVariable String sequenceId, Actor actor) {
    requireParked(processor, sequenceId);
    RetryOutcome outcome = retries.retrySequence(processor, sequenceId);
    log.info("Dead-letter sequence {} retried by {}: {}", sequenceId, actor.id(), outcome);
    return outcome;
  }

  /**
   * Gives a parked sequence up: its events leave the queue and the processor never handles them (a
   * rebuild of a read model meets them again). Logged with who and why.
   */
  @PostMapping("/{processor}/sequences/{sequenceId}/eviction")
  public EvictionResponse evict(
      @PathVariable String processor,
      @PathVariable String sequenceId,
      @Valid @RequestBody EvictionRequest request,
      Actor actor) {
    requireParked(processor, sequenceId);
    int evicted = catalog.evict(processor, sequenceId);
    log.warn(
        "Evicted {} dead letter(s) of sequence {} from {} by {}: {}",
        evicted,
        sequenceId,
        processor,
        actor.id(),
        oneLine(request.reason()));
    return new EvictionResponse(processor, sequenceId, evicted, request.reason(), actor.id());
  }

  private void requireParked(String processor, String sequenceId) {
    if (!catalog.isParked(groups.require(processor), sequenceId)) {
      throw new NotFoundException("Parked sequence", sequenceId + " of " + processor);
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}", " ");
  }
}

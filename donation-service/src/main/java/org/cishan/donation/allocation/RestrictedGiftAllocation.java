package org.cishan.donation.allocation;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.cishan.donation.command.AllocateFundsCommand;
import org.cishan.donation.domain.LedgerConflictException;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A restricted gift (定向捐赠) is allocated to its project when it is confirmed: this processing group
 * sends the allocation, drawing only from that donation, under an id derived from the donation (so
 * a redelivered event allocates nothing twice). When the project takes no allocations (not approved
 * yet, closed, unknown to the ledger) the money waits, restricted, in the pool: finance allocates
 * it later (the policy draws a project's restricted gifts first), releases or refunds it. Never
 * replayed: a rebuild must not allocate again.
 */
@Component
@ProcessingGroup(RestrictedGiftAllocation.PROCESSING_GROUP)
@DisallowReplay
public class RestrictedGiftAllocation {

  public static final String PROCESSING_GROUP = "restricted-gift-allocation";

  private static final Logger log = LoggerFactory.getLogger(RestrictedGiftAllocation.class);

  private final CommandGateway commands;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "restricted-gift-allocation");
            thread.setDaemon(true);
            return thread;
          });

  public RestrictedGiftAllocation(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(DonationConfirmedEvent event) {
    if (event.projectId() == null) {
      return;
    }
    AllocateFundsCommand allocation =
        new AllocateFundsCommand(
            allocationIdOf(event.donationId()),
            event.projectId(),
            event.amount(),
            event.donationId(),
            AllocateFundsCommand.RESTRICTED_GIFT);
    try {
      // On its own thread, so the allocation is a unit of work and transaction of its own: a
      // refusal must roll back only the allocation, not this processor's batch and token.
      CompletableFuture.runAsync(() -> commands.sendAndWait(allocation), worker).join();
    } catch (CompletionException failed) {
      if (!(failed.getCause() instanceof LedgerConflictException refused)) {
        throw failed;
      }
      log.info(
          "Restricted donation {} waits in the pool: {} ({})",
          event.donationId(),
          refused.getMessage(),
          refused.rule());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdown();
  }

  /** The allocation id of a restricted gift reaching its project: the same for every delivery. */
  public static UUID allocationIdOf(UUID donationId) {
    return UUID.nameUUIDFromBytes(
        ("restricted-gift:" + donationId).getBytes(StandardCharsets.UTF_8));
  }
}

package org.cishan.donation;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cishan.donation.event.DonationReceivedEvent;

/**
 * A test-only projection that fails a chosen donor's event a number of times, to show that a
 * failing handler is retried instead of skipped.
 */
@ProcessingGroup(FlakyProjection.PROCESSING_GROUP)
class FlakyProjection {

  static final String PROCESSING_GROUP = "flaky-test-projection";

  final AtomicInteger failuresLeft = new AtomicInteger();
  final AtomicInteger attempts = new AtomicInteger();
  volatile String failingDonor = "";
  final Set<UUID> projected = ConcurrentHashMap.newKeySet();

  @EventHandler
  void on(DonationReceivedEvent event) {
    if (event.donorName().equals(failingDonor)) {
      attempts.incrementAndGet();
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("simulated outage of the read model's database");
      }
    }
    projected.add(event.donationId());
  }
}

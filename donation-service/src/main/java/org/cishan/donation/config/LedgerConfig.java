package org.cishan.donation.config;

import java.time.Duration;
import org.cishan.donation.domain.PendingDeadlines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The ledger's policies that a deployment tunes ({@code cishan.ledger.*}), handed to the
 * aggregate's command handlers as parameters; and scheduling for the pending-deadline sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LedgerConfig {

  @Bean
  PendingDeadlines pendingDeadlines(
      @Value("${cishan.ledger.pending-deadline.online-payment:PT24H}") Duration onlinePayment,
      @Value("${cishan.ledger.pending-deadline.bank-transfer:P14D}") Duration bankTransfer) {
    return new PendingDeadlines(onlinePayment, bankTransfer);
  }
}

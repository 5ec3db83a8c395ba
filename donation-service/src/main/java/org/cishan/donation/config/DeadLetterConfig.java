package org.cishan.donation.config;

import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.cishan.donation.deadletter.AttemptCountingPolicy;
import org.cishan.donation.deadletter.DeadLetterGroups;
import org.cishan.donation.deadletter.DeadLetterSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Dead letters for the projection processors (ADR 10). Axon's Spring Boot auto-configuration gives
 * every group with {@code axon.eventhandling.processors.<group>.dlq.enabled: true} a {@code
 * JdbcSequencedDeadLetterQueue} on the application's DataSource, in the batch's transaction; this
 * class names its table as Flyway creates it (V9), sets the enqueue policy that counts attempts,
 * runs each handler of those groups in a savepoint, and makes Axon's retry of a parked event a
 * savepoint too, so that a failing retry rolls back only its own SQL and still records the attempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterSettings.class)
class DeadLetterConfig {

  @Bean
  DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder()
        .deadLetterTable("dead_letter_entry")
        .deadLetterIdentifierColumn("dead_letter_identifier")
        .processingGroupColumn("processing_group")
        .sequenceIdentifierColumn("sequence_identifier")
        .sequenceIndexColumn("sequence_index")
        .messageTypeColumn("message_type")
        .eventIdentifierColumn("event_identifier")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .aggregateTypeColumn("type")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .tokenTypeColumn("token_type")
        .tokenColumn("token")
        .enqueuedAtColumn("enqueued_at")
        .lastTouchedColumn("last_touched")
        .processingStartedColumn("processing_started")
        .causeTypeColumn("cause_type")
        .causeMessageColumn("cause_message")
        .diagnosticsColumn("diagnostics")
        .build();
  }

  /**
   * Per dead-lettering group: the attempt-counting policy; a reset (rebuild) clears the group's
   * queue, since the replay parks again whatever still fails; and the transaction of each retried
   * letter is a savepoint inside the retry's transaction ({@code PROPAGATION_NESTED}). Axon's
   * default would join that transaction, so a failed retry would mark it rollback-only and lose its
   * claim and attempt count (and on PostgreSQL abort it).
   */
  @Bean
  ConfigurerModule deadLetteringProcessors(
      EventProcessorProperties axon, PlatformTransactionManager transactions) {
    Set<String> groups = DeadLetterGroups.enabledIn(axon);
    TransactionManager savepointPerLetter =
        new SpringTransactionManager(
            transactions,
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
    return configurer -> {
      EventProcessingConfigurer processing = configurer.eventProcessing();
      for (String group : groups) {
        processing
            .registerDeadLetterPolicy(group, c -> new AttemptCountingPolicy(group))
            .registerDeadLetteringEventHandlerInvokerConfiguration(
                group,
                (c, invoker) -> invoker.transactionManager(savepointPerLetter).allowReset(true));
      }
    };
  }

  /** Axon picks up handler enhancers from the Spring context. */
  @Bean
  SavepointPerEventHandler savepointPerEventHandler(
      EventProcessorProperties axon, PlatformTransactionManager transactions) {
    return new SavepointPerEventHandler(DeadLetterGroups.enabledIn(axon), transactions);
  }
}

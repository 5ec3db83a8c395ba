package org.cishan.donation.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.cishan.donation.domain.AllocationCandidates;
import org.cishan.donation.domain.Donation;
import org.cishan.donation.domain.FundAllocator;
import org.cishan.donation.domain.ProjectFund;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on PostgreSQL without Axon Server: Axon's Spring Boot auto-configuration builds the {@code
 * JdbcEventStorageEngine} and {@code JdbcTokenStore} on the application's DataSource (so a
 * handler's SQL and its token update share one transaction); this class names their tables as
 * Flyway creates them (V1), registers the aggregate and makes every handler failure propagate. The
 * projection processors park what keeps failing instead: {@link DeadLetterConfig}.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .eventIdentifierColumn("event_identifier")
        .metaDataColumn("meta_data")
        .payloadColumn("payload")
        .payloadRevisionColumn("payload_revision")
        .payloadTypeColumn("payload_type")
        .timestampColumn("time_stamp")
        .build();
  }

  @Bean
  TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("timestamp")
        .setOwnerColumn("owner")
        .build();
  }

  /** Recognises PostgreSQL's unique violations (Axon's JDBC default does not), see the class. */
  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver() {
    return new PostgresDuplicateKeyResolver();
  }

  /**
   * The aggregates and the allocation handler are registered here so that the domain package needs
   * no Spring annotation.
   */
  @Bean
  ConfigurerModule ledgerAggregates(AllocationCandidates candidates) {
    return configurer ->
        configurer
            .configureAggregate(Donation.class)
            .configureAggregate(ProjectFund.class)
            .registerCommandHandler(
                c ->
                    new FundAllocator(
                        c.repository(ProjectFund.class), c.repository(Donation.class), candidates));
  }

  /**
   * Axon's default logs a failing event handler and moves on: a projection or the Kafka publisher
   * would silently miss the event. Propagating makes the processor roll back the batch (token
   * included), back off and retry from the same position: what the groups without a dead-letter
   * queue (the Kafka publisher, receipts) do, holding rather than skipping (ADR 10). In the
   * dead-lettering groups the error reaches Axon's dead-lettering invoker, which parks the event.
   */
  @Bean
  ConfigurerModule propagateEventHandlerFailures() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
  }
}

package org.cishan.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.cishan.support.messaging.Outbox;
import org.cishan.support.messaging.OutboxRelay;
import org.cishan.support.messaging.ProcessedEvents;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers the shared pieces in every service that has this module on its classpath. */
@AutoConfiguration
public class ServiceSupportAutoConfiguration {

  @Bean
  ProblemDetailsAdvice problemDetailsAdvice() {
    return new ProblemDetailsAdvice();
  }

  @Bean
  IntegrationEventPublisher integrationEventPublisher(
      StreamBridge streamBridge, ObjectMapper objectMapper) {
    return new IntegrationEventPublisher(streamBridge, objectMapper);
  }

  @Bean
  ProcessedEvents processedEvents(JdbcClient jdbc) {
    return new ProcessedEvents(jdbc);
  }

  /** The transactional outbox, for services whose state lives in tables (not in an event store). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "cishan.outbox.enabled", havingValue = "true")
  @EnableScheduling
  static class OutboxConfiguration {

    @Bean
    Outbox outbox(JdbcClient jdbc, IntegrationEventPublisher publisher) {
      return new Outbox(jdbc, publisher);
    }

    @Bean
    OutboxRelay outboxRelay(
        JdbcClient jdbc, IntegrationEventPublisher publisher, TransactionTemplate transactions) {
      return new OutboxRelay(jdbc, publisher, transactions);
    }
  }
}

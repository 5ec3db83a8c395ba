package org.cishan.support.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import javax.sql.DataSource;
import org.cishan.support.testing.TestDatabase;
import org.mockito.Mockito;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/** A minimal context around a fresh database holding the support tables. */
@Configuration
@EnableTransactionManagement
class SupportTablesConfig {

  @Bean
  DataSource dataSource() {
    TestDatabase database = TestDatabase.fresh("cishan_support_it");
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    new ResourceDatabasePopulator(new ClassPathResource("support-tables.sql")).execute(dataSource);
    return dataSource;
  }

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }

  @Bean
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
    return new TransactionTemplate(transactionManager);
  }

  @Bean
  JdbcClient jdbcClient(DataSource dataSource) {
    return JdbcClient.create(dataSource);
  }

  @Bean
  ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .findAndAddModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  @Bean
  StreamBridge streamBridge() {
    return Mockito.mock(StreamBridge.class);
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

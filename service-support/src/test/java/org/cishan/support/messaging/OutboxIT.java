package org.cishan.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cishan.contracts.Money;
import org.cishan.contracts.Topics;
import org.cishan.contracts.project.ProjectCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringJUnitConfig(SupportTablesConfig.class)
class OutboxIT {

  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired ProcessedEvents processedEvents;
  @Autowired StreamBridge kafka;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ObjectMapper json;

  final List<String> sentKeys = new ArrayList<>();

  @BeforeEach
  void emptyTables() {
    jdbc.sql("truncate outbox_event, processed_event").update();
    reset(kafka);
    sentKeys.clear();
    when(kafka.send(anyString(), any(Message.class)))
        .thenAnswer(
            call -> {
              Message<?> message = call.getArgument(1);
              sentKeys.add(
                  new String(
                      (byte[]) message.getHeaders().get(KafkaHeaders.KEY), StandardCharsets.UTF_8));
              return true;
            });
  }

  @Nested
  class Relaying {

    @Test
    void sendsCommittedEventsInOrderWithTheirKeyAndMarksThemPublished() throws Exception {
      List<ProjectCreated> events = List.of(project("A"), project("B"), project("C"));
      transactions.executeWithoutResult(
          tx -> events.forEach(e -> outbox.append(Topics.PROJECT_EVENTS, key(e), e)));

      relay.relay();

      assertThat(sentKeys)
          .containsExactly(key(events.get(0)), key(events.get(1)), key(events.get(2)));
      assertThat(unpublished()).isZero();
      String payload =
          jdbc.sql("select payload::text from outbox_event order by id limit 1")
              .query(String.class)
              .single();
      assertThat(json.readValue(payload, ProjectCreated.class)).isEqualTo(events.get(0));
    }

    @Test
    void sendsNothingTwiceOnceMarked() {
      transactions.executeWithoutResult(
          tx -> outbox.append(Topics.PROJECT_EVENTS, "k", project("A")));

      relay.relay();
      relay.relay();

      assertThat(sentKeys).hasSize(1);
    }

    @Test
    void stopsAtTheFirstEventKafkaRefusesAndRetriesItLater() {
      List<ProjectCreated> events = List.of(project("A"), project("B"), project("C"));
      transactions.executeWithoutResult(
          tx -> events.forEach(e -> outbox.append(Topics.PROJECT_EVENTS, key(e), e)));
      doReturn(false)
          .when(kafka)
          .send(anyString(), argThat((Message<?> m) -> keyOf(m).equals(key(events.get(1)))));

      relay.relay();

      assertThat(sentKeys).containsExactly(key(events.get(0)));
      assertThat(unpublished()).isEqualTo(2);
    }

    @Test
    void leavesEventsOfARolledBackTransactionUnsent() {
      assertThatThrownBy(
              () ->
                  transactions.executeWithoutResult(
                      tx -> {
                        outbox.append(Topics.PROJECT_EVENTS, "k", project("A"));
                        throw new IllegalStateException("the state change failed");
                      }))
          .isInstanceOf(IllegalStateException.class);

      relay.relay();

      assertThat(sentKeys).isEmpty();
    }
  }

  @Nested
  class Appending {

    @Test
    void refusesToWriteOutsideATransaction() {
      assertThatThrownBy(() -> outbox.append(Topics.PROJECT_EVENTS, "k", project("A")))
          .isInstanceOf(IllegalTransactionStateException.class);
    }
  }

  @Nested
  class Deduplicating {

    @Test
    void acceptsTheFirstDeliveryOfAnEventAndSkipsItsRedelivery() {
      UUID eventId = UUID.randomUUID();

      Boolean first = transactions.execute(tx -> processedEvents.firstDelivery("c", eventId));
      Boolean again = transactions.execute(tx -> processedEvents.firstDelivery("c", eventId));

      assertThat(first).isTrue();
      assertThat(again).isFalse();
    }

    @Test
    void keepsConsumersApart() {
      UUID eventId = UUID.randomUUID();

      transactions.execute(tx -> processedEvents.firstDelivery("one", eventId));

      Boolean other = transactions.execute(tx -> processedEvents.firstDelivery("other", eventId));

      assertThat(other).isTrue();
    }

    @Test
    void forgetsADeliveryWhoseTransactionRolledBack() {
      UUID eventId = UUID.randomUUID();
      transactions.executeWithoutResult(
          tx -> {
            processedEvents.firstDelivery("c", eventId);
            tx.setRollbackOnly();
          });

      Boolean afterRollback =
          transactions.execute(tx -> processedEvents.firstDelivery("c", eventId));

      assertThat(afterRollback).isTrue();
    }

    @Test
    void refusesToRecordOutsideATransaction() {
      assertThatThrownBy(() -> processedEvents.firstDelivery("c", UUID.randomUUID()))
          .isInstanceOf(IllegalTransactionStateException.class);
    }
  }

  private long unpublished() {
    return jdbc.sql("select count(*) from outbox_event where published_at is null")
        .query(Long.class)
        .single();
  }

  private static ProjectCreated project(String title) {
    return new ProjectCreated(
        UUID.randomUUID(),
        Instant.parse("2026-03-01T08:30:00Z"),
        UUID.randomUUID(),
        title,
        Money.cny(1_000));
  }

  private static String key(ProjectCreated event) {
    return event.projectId().toString();
  }

  private static String keyOf(Message<?> message) {
    return new String((byte[]) message.getHeaders().get(KafkaHeaders.KEY), StandardCharsets.UTF_8);
  }
}

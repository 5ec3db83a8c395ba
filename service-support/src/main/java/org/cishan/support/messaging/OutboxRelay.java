package org.cishan.support.messaging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka in order of writing, marking each as published only after
 * Kafka acknowledged it. Rows are locked with {@code SKIP LOCKED}, so several instances of a
 * service can relay side by side without sending a row twice at the same time.
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH = 100;

  private final JdbcClient jdbc;
  private final IntegrationEventPublisher publisher;
  private final TransactionTemplate transactions;

  public OutboxRelay(
      JdbcClient jdbc, IntegrationEventPublisher publisher, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.publisher = publisher;
    this.transactions = transactions;
  }

  record Pending(long id, String topic, String messageKey, String type, String payload) {}

  @Scheduled(fixedDelayString = "${cishan.outbox.poll-interval:200ms}")
  public void relay() {
    try {
      Integer sent;
      do {
        sent = transactions.execute(status -> relayBatch());
      } while (sent != null && sent == BATCH);
    } catch (RuntimeException e) {
      log.warn("Outbox relay could not read the outbox; will retry on next poll: {}", e.toString());
    }
  }

  /**
   * Publishes one batch in order, stopping at the first row Kafka did not take; the rows sent
   * before it are marked when the transaction commits, the rest stay for the next poll.
   *
   * @return how many rows were published
   */
  int relayBatch() {
    List<Pending> pending =
        jdbc.sql(
                """
                select id, topic, message_key, type, payload::text as payload from outbox_event
                where published_at is null order by id limit :batch for update skip locked
                """)
            .param("batch", BATCH)
            .query(Pending.class)
            .list();
    int published = 0;
    for (Pending row : pending) {
      try {
        publisher.publishJson(row.topic(), row.messageKey(), row.type(), row.payload());
      } catch (RuntimeException e) {
        log.warn("Outbox row {} not published yet, will retry: {}", row.id(), e.toString());
        break;
      }
      jdbc.sql("update outbox_event set published_at = now() where id = :id")
          .param("id", row.id())
          .update();
      published++;
    }
    return published;
  }
}

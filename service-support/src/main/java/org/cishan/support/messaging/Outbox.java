package org.cishan.support.messaging;

import org.cishan.contracts.IntegrationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: an integration event is written in the same transaction as the state
 * change it announces, and {@link OutboxRelay} sends it to Kafka after commit. Nothing is lost
 * between the database and Kafka; an event may be sent twice (consumers deduplicate on eventId).
 *
 * <p>Needs the table {@code outbox_event} (see the services' V1 migrations) and {@code
 * cishan.outbox.enabled=true}.
 */
public class Outbox {

  private final JdbcClient jdbc;
  private final IntegrationEventPublisher publisher;

  public Outbox(JdbcClient jdbc, IntegrationEventPublisher publisher) {
    this.jdbc = jdbc;
    this.publisher = publisher;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void append(String topic, String key, IntegrationEvent event) {
    jdbc.sql(
            """
            insert into outbox_event (event_id, topic, message_key, type, payload, created_at)
            values (:eventId, :topic, :key, :type, cast(:payload as jsonb), now())
            """)
        .param("eventId", event.eventId())
        .param("topic", topic)
        .param("key", key)
        .param("type", IntegrationEventPublisher.typeOf(event))
        .param("payload", publisher.toJson(event))
        .update();
  }
}

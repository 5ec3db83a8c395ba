package org.cishan.support.messaging;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotent consumption: records that a consumer handled an event, in the same transaction as the
 * handling's effect. A redelivered event finds its row and is skipped.
 *
 * <p>Needs the table {@code processed_event(consumer text, event_id uuid, processed_at timestamptz,
 * primary key (consumer, event_id))} in the service's own Flyway migrations.
 */
public class ProcessedEvents {

  private final JdbcClient jdbc;

  public ProcessedEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Marks the event as handled by the consumer.
   *
   * @return true the first time; false when it was already handled (skip the effect)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean firstDelivery(String consumer, UUID eventId) {
    return jdbc.sql(
                """
                insert into processed_event (consumer, event_id, processed_at)
                values (:consumer, :eventId, now())
                on conflict do nothing
                """)
            .param("consumer", consumer)
            .param("eventId", eventId)
            .update()
        == 1;
  }
}

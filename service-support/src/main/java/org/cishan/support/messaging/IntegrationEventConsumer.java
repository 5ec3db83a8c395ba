package org.cishan.support.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;
import org.cishan.contracts.IntegrationEvent;
import org.springframework.messaging.Message;

/**
 * The base of a service's Kafka consumer of one event family: Spring Cloud Stream hands it the
 * record's bytes, {@link IntegrationEventReader} reads them, and {@link #handle} gets the event. A
 * record that is no event of the family fails here with a {@link MalformedEventException} naming it
 * (not a {@code ClassCastException} deep in the consumer), once, and is parked in the binding's
 * dead-letter topic without retries.
 *
 * @param <E> the event family, e.g. {@code DonationEvent}
 */
public abstract class IntegrationEventConsumer<E extends IntegrationEvent>
    implements Consumer<Message<byte[]>> {

  private final Class<E> family;
  private final IntegrationEventReader reader;

  protected IntegrationEventConsumer(Class<E> family, ObjectMapper objectMapper) {
    this.family = family;
    this.reader = new IntegrationEventReader(objectMapper);
  }

  @Override
  public final void accept(Message<byte[]> record) {
    handle(reader.read(record, family));
  }

  /** Handles one event of the family (of a type this version may not know: skip those). */
  public abstract void handle(E event);
}

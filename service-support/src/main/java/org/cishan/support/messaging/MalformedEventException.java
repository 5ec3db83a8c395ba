package org.cishan.support.messaging;

/**
 * A Kafka record that cannot be read as an integration event of the expected family: not JSON, not
 * an object, without its {@code type}, {@code eventId} or {@code occurredAt}, or with a field of
 * the wrong shape. Its message names the record (topic, partition, offset, key), what is wrong and
 * how the payload starts.
 *
 * <p>Reading it again gives the same answer, so it is no use retrying: it is an {@link
 * IllegalArgumentException}, which the services' bindings classify as not retryable ({@code
 * retryable-exceptions}), so the record goes to the binding's dead-letter topic at once.
 */
public class MalformedEventException extends IllegalArgumentException {

  private final String record;

  MalformedEventException(String record, String problem, Throwable cause) {
    super("Malformed event record " + record + ": " + problem, cause);
    this.record = record;
  }

  /** Where the record is, e.g. {@code donation.donation-events-2@17 (key 5f0c…)}. */
  public String record() {
    return record;
  }
}

package org.cishan.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every integration event carries besides its own fields. On the wire each event is a JSON
 * object with a logical {@code type} name (never a Java class name), e.g. {@code
 * "DonationReceived.v1"}.
 *
 * <p>{@code eventId} is stable: a redelivered or republished event keeps it, so consumers
 * deduplicate on it. {@code occurredAt} is when the fact happened in the producing service (UTC).
 */
public interface IntegrationEvent {

  UUID eventId();

  Instant occurredAt();
}

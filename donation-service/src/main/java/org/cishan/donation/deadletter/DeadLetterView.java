package org.cishan.donation.deadletter;

import java.time.Instant;

/**
 * One parked event of a processor, for operators: which sequence (the aggregate, in order), which
 * event, why it failed and how often it was tried. {@code globalIndex} is the event's position in
 * the event store; {@code attempts} the failed tries (0 for an event parked only because an earlier
 * one of its sequence is); {@code automaticRetriesExhausted} says that only an operator moves the
 * sequence on.
 */
public record DeadLetterView(
    String processor,
    String sequenceId,
    long sequenceIndex,
    String eventId,
    String eventType,
    String aggregateId,
    Long globalIndex,
    String causeType,
    String causeMessage,
    Instant enqueuedAt,
    Instant lastTouched,
    int attempts,
    boolean automaticRetriesExhausted) {}

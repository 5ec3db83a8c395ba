package org.cishan.donation.deadletter;

/** A sequence given up: its parked events are gone and will never reach the processor. */
public record EvictionResponse(
    String processor, String sequenceId, int evicted, String reason, String evictedBy) {}

package org.cishan.donation.deadletter;

/**
 * What a retry did to a processor's parked sequences: how many were tried, how many were handled to
 * the end (and left the queue) and how many failed again and stay parked.
 */
public record RetryOutcome(String processor, int tried, int cleared, int stillParked) {}

package org.cishan.donation.command;

import java.util.UUID;

/**
 * Reverse a mistaken allocation, none of whose money was disbursed yet: its draws go back to their
 * donations. Reversing it again changes nothing.
 */
public record ReverseAllocationCommand(
    UUID projectId, UUID allocationId, String reason, String reversedBy) {}

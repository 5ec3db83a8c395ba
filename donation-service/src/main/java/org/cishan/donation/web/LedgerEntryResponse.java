package org.cishan.donation.web;

import java.util.UUID;

/**
 * The answer to a money command: which entry ({@code allocationId}, {@code refundId}, …) it
 * recorded, for what and how much.
 */
public record LedgerEntryResponse(
    UUID entryId, String kind, UUID subjectId, MoneyResponse amount) {}

package org.cishan.project.command;

import java.util.UUID;
import org.cishan.project.domain.FundingChange;

/** Apply a funding change the ledger announced; {@code eventId} makes it idempotent. */
public record RecordFundingCommand(UUID eventId, FundingChange change) {}

package org.cishan.project.command;

import java.util.UUID;
import org.cishan.project.domain.DonationToProject;

/** Count a donation the ledger received for a project; {@code eventId} makes it idempotent. */
public record RecordDonationCommand(UUID eventId, DonationToProject donation) {}

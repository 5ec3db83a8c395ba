package org.cishan.donation.command;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turn a restricted donation's unallocated money unrestricted (e.g. its project was terminated and
 * the donor agreed). Releasing again changes nothing.
 *
 * @param approvedBy the finance account recording the approved release
 */
public record ReleaseRestrictionCommand(
    @TargetAggregateIdentifier UUID donationId, String reason, String approvedBy) {}

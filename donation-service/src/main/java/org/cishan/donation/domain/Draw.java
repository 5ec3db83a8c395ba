package org.cishan.donation.domain;

import java.util.UUID;

/**
 * Part of one donation's money moved by an allocation, a reversal or a disbursement: how every
 * allocated yuan traces back to its donors. The currency is the carrying event's.
 */
public record Draw(UUID donationId, long minorUnits) {}

package org.cishan.donation.domain;

import java.util.UUID;

/**
 * The ledger already holds a donation with this id, with other content: a retry must repeat the
 * original request exactly, and a new gift needs a new id.
 */
public class DonationConflictException extends RuntimeException {

  public DonationConflictException(UUID donationId) {
    super(
        "Donation "
            + donationId
            + " was already received with other content; a retry must send the same request");
  }
}

package org.cishan.donation.domain;

import java.util.UUID;

/** The donation's status does not allow this (e.g. confirming a voided donation). */
public class DonationStateException extends RuntimeException {

  public DonationStateException(UUID donationId, DonationStatus status, String refusal) {
    super("Donation " + donationId + " is " + status + ": " + refusal);
  }
}

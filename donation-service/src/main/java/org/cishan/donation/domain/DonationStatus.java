package org.cishan.donation.domain;

/** Where a donation's money stands. Only CONFIRMED money counts anywhere. */
public enum DonationStatus {
  /** Recorded, waiting for the payment to settle (online, bank transfer). */
  PENDING,
  /** The money arrived. */
  CONFIRMED,
  /** It never arrived: voided by finance, or automatically when its deadline passed. */
  VOIDED
}

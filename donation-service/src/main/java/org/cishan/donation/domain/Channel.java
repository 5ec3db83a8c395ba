package org.cishan.donation.domain;

/** How the money came in. */
public enum Channel {
  /** Through the portal's payment provider: pending until the payment settles. */
  ONLINE_PAYMENT,
  /** A bank transfer to the federation's account: pending until it shows on the statement. */
  BANK_TRANSFER,
  /** Cash handed to the federation, entered by finance. */
  CASH,
  /** Anything else (e.g. a cheque), entered by finance. */
  OTHER;

  /** Whether only finance staff may record money of this channel (offline money). */
  public boolean recordedByFinanceOnly() {
    return this != ONLINE_PAYMENT;
  }
}

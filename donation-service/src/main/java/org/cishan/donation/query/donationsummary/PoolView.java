package org.cishan.donation.query.donationsummary;

import java.util.List;
import java.util.UUID;

/** Confirmed money not yet allocated nor refunded, per currency and restriction. */
public record PoolView(List<Part> parts) {

  /**
   * @param restrictedTo the project this money is restricted to, {@code null} for unrestricted
   * @param donations how many donations hold some of it
   */
  public record Part(
      String currency, UUID restrictedTo, long donations, long availableMinorUnits) {}
}

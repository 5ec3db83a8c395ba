package org.cishan.donation.query.projectfunding;

import java.util.List;
import java.util.UUID;

/**
 * A project as the ledger sees it.
 *
 * @param status as last learned from project-service, {@code null} if no project event arrived yet
 */
public record ProjectFundingView(
    UUID projectId, String status, String code, String title, List<CurrencyFunding> money) {

  /**
   * One currency of a project's money, in minor units.
   *
   * @param restrictedReceived confirmed gifts restricted to the project
   * @param restrictedRefunded of those, given back to donors
   * @param restrictedReleased of those, released to be unrestricted
   * @param allocated allocated to the project, net of reversed allocations
   * @param disbursed paid to the implementing partner
   */
  public record CurrencyFunding(
      String currency,
      long restrictedReceived,
      long restrictedRefunded,
      long restrictedReleased,
      long allocated,
      long disbursed) {

    /** Restricted money the project raised: received, less what was refunded or released. */
    public long restrictedRaised() {
      return restrictedReceived - restrictedRefunded - restrictedReleased;
    }

    /** Allocated money not yet paid out. */
    public long availableToDisburse() {
      return allocated - disbursed;
    }
  }
}

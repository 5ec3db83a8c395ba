package org.cishan.contracts;

/** Kafka topic names: {@code <producer>.<aggregate>-events}, keyed by the aggregate id. */
public final class Topics {

  /** Published by donation-service; key = donation id. Carries {@link donation.DonationEvent}s. */
  public static final String DONATION_EVENTS = "donation.donation-events";

  /**
   * Published by donation-service; key = project id. Carries {@link fund.ProjectFundEvent}s: the
   * money allocated to, reversed from and paid out for a project.
   */
  public static final String PROJECT_FUND_EVENTS = "donation.project-fund-events";

  /** Published by project-service; key = project id. Carries {@link project.ProjectEvent}s. */
  public static final String PROJECT_EVENTS = "project.project-events";

  private Topics() {}
}

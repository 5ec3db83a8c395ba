package org.cishan.donation.query.publictotals;

/** The public counter: how many donations, and how much per currency. */
public record FindPublicTotalsQuery() {}

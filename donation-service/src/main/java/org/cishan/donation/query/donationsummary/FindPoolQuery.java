package org.cishan.donation.query.donationsummary;

/** The unallocated pool of confirmed money. */
public record FindPoolQuery() {}

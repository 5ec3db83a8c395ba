package org.cishan.donation.query.donationsummary;

/** One page of a donor account's own donations, newest first. */
public record FindDonationsOfDonorQuery(String donorAccountId, int page, int size) {}

package org.cishan.donation.web;

/** {@code {"minorUnits": 10000, "currency": "CNY"}}: integer minor units, never a float. */
public record MoneyResponse(long minorUnits, String currency) {}

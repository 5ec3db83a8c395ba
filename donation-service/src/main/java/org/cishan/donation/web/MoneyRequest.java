package org.cishan.donation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code {"minorUnits": 10000, "currency": "CNY"}}; the domain checks the ISO-4217 code. */
public record MoneyRequest(@NotNull @Positive Long minorUnits, @NotBlank String currency) {}

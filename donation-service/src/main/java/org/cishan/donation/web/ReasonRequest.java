package org.cishan.donation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A body that only says why: releasing a restriction, reversing an allocation. */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

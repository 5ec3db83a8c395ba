package org.cishan.donation.deadletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a parked sequence is given up: kept in the log with who evicted it. */
public record EvictionRequest(@NotBlank @Size(max = 500) String reason) {}

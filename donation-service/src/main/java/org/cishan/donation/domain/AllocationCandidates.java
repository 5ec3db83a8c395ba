package org.cishan.donation.domain;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Where an allocation looks for money: confirmed donations with money available, in the order of
 * the allocation policy (ADR 6) — the project's own restricted gifts first, then unrestricted ones,
 * each oldest confirmed first (by when the money moved, then id). Read from a projection, so it may
 * lag: the donations themselves decide what can really be drawn.
 */
public interface AllocationCandidates {

  /** The {@code limit} candidates after the first {@code offset}, in policy order. */
  List<UUID> candidates(UUID projectId, Currency currency, int offset, int limit);

  /**
   * The money all candidates hold together: what an allocation to {@code projectId} in {@code
   * currency} could draw at most, as far as the read model has seen. One query, so that a request
   * for more is refused without loading a single donation.
   */
  long available(UUID projectId, Currency currency);
}

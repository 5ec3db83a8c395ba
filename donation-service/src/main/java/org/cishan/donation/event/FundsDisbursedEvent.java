package org.cishan.donation.event;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Draw;
import org.cishan.donation.domain.Money;

/**
 * Allocated money of a project was paid to its implementing partner. The draws say whose money it
 * was: the project's undisbursed draws, oldest allocation first.
 */
@Revision("1")
public record FundsDisbursedEvent(
    UUID projectId,
    UUID disbursementId,
    Money amount,
    List<Draw> draws,
    String partner,
    String voucherReference,
    String disbursedBy) {}

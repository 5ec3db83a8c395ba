package org.cishan.donation.domain;

import java.util.UUID;

/**
 * The identifiers of the ledger's event streams (ADR 9). Donations and project funds share one
 * event store keyed by a string, and both are named by UUIDs that others choose — a donation's by
 * whoever gives, a project's by project-service. A donation's stream is its bare UUID; every other
 * aggregate's stream carries its type in kebab case and a colon before the UUID ({@code
 * project-fund:<uuid>}), which no UUID can equal. So no caller can name, claim or break a fund by
 * choosing a donation id. Every repository load, command target and event-store read goes through
 * here.
 */
public final class LedgerIds {

  /** The type prefix of a project fund's stream. */
  public static final String PROJECT_FUND = "project-fund:";

  private LedgerIds() {}

  /** A donation's stream: its id as it is (the one aggregate type without a prefix). */
  public static String donation(UUID donationId) {
    return donationId == null ? null : donationId.toString();
  }

  /** A project's fund's stream; {@code null} for no project (Axon then refuses the command). */
  public static String projectFund(UUID projectId) {
    return projectId == null ? null : PROJECT_FUND + projectId;
  }

  /** The id a stream is known by outside the ledger: its UUID, without the type prefix. */
  public static String publicIdOf(String streamId) {
    return streamId.substring(streamId.indexOf(':') + 1);
  }
}

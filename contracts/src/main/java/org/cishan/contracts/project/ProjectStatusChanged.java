package org.cishan.contracts.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;

/**
 * A project moved in its lifecycle. The ledger allocates money only to {@code APPROVED} and {@code
 * IMPLEMENTING} projects, and pays out to those and to {@code UNDER_EVALUATION} ones.
 *
 * @param projectId the project (also the Kafka key)
 * @param status one of {@code DRAFT, APPROVED, IMPLEMENTING, UNDER_EVALUATION, CLOSED, TERMINATED};
 *     a reader treats a status it does not know as taking no money
 * @param code the project's code as printed on donation receipts (e.g. its approval reference), or
 *     {@code null} while it has none
 * @param title its title as the public sees it
 * @param reason why, where the transition needs one (termination), else {@code null}
 */
@JsonTypeName(ProjectStatusChanged.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectStatusChanged(
    UUID eventId,
    Instant occurredAt,
    UUID projectId,
    String status,
    String code,
    String title,
    String reason)
    implements ProjectEvent {

  public static final String TYPE = "ProjectStatusChanged.v1";
}

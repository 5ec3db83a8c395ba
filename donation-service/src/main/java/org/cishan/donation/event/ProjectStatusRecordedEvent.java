package org.cishan.donation.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.ProjectStatus;

/**
 * The ledger learned a project's status, code and title from {@code project.project-events}.
 *
 * @param code the project's code as printed on receipts, or {@code null} while it has none
 * @param changedAt when the project changed, in project-service (older news is ignored)
 */
@Revision("1")
public record ProjectStatusRecordedEvent(
    UUID projectId, ProjectStatus status, String code, String title, Instant changedAt) {}

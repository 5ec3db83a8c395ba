package org.cishan.contracts.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;

/**
 * A charity project was created (as a draft).
 *
 * @param projectId the project (also the Kafka key)
 * @param title its title as the public sees it
 * @param fundraisingTarget how much it aims to raise
 */
@JsonTypeName(ProjectCreated.TYPE)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectCreated(
    UUID eventId, Instant occurredAt, UUID projectId, String title, Money fundraisingTarget)
    implements ProjectEvent {

  public static final String TYPE = "ProjectCreated.v1";
}

package org.cishan.contracts.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.IntegrationEvent;
import org.cishan.contracts.Topics;

/**
 * The events project-service publishes on {@link Topics#PROJECT_EVENTS}, keyed by project id.
 *
 * <p>A type this version does not know is read as {@link Unrecognized}; consumers skip it.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = ProjectEvent.Unrecognized.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ProjectCreated.class, name = ProjectCreated.TYPE),
  @JsonSubTypes.Type(value = ProjectStatusChanged.class, name = ProjectStatusChanged.TYPE)
})
public sealed interface ProjectEvent extends IntegrationEvent
    permits ProjectCreated, ProjectStatusChanged, ProjectEvent.Unrecognized {

  /** An event of a type this reader does not know; consumers ignore it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Unrecognized(String type, UUID eventId, Instant occurredAt) implements ProjectEvent {}
}

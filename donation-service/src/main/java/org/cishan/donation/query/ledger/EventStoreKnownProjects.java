package org.cishan.donation.query.ledger;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cishan.donation.domain.KnownProjects;
import org.cishan.donation.domain.LedgerIds;
import org.cishan.donation.domain.ProjectStatus;
import org.cishan.donation.event.ProjectStatusRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * A project's status from its fund's stream in the event store: the last status the fund recorded
 * (the fund records only news newer than what it knows, so the last one is the current one). Reads
 * without taking the fund's lock, so gifts restricted to one project do not queue behind each other
 * nor behind an allocation to it; only status events are deserialized.
 */
@Component
public class EventStoreKnownProjects implements KnownProjects {

  private final EventStore eventStore;

  public EventStoreKnownProjects(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public Optional<ProjectStatus> statusOf(UUID projectId) {
    DomainEventStream stream = eventStore.readEvents(LedgerIds.projectFund(projectId));
    ProjectStatus status = null;
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      if (ProjectStatusRecordedEvent.class.equals(event.getPayloadType())) {
        status = ((ProjectStatusRecordedEvent) event.getPayload()).status();
      }
    }
    return Optional.ofNullable(status);
  }
}

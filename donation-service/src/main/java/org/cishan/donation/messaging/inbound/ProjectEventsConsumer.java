package org.cishan.donation.messaging.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cishan.contracts.project.ProjectCreated;
import org.cishan.contracts.project.ProjectEvent;
import org.cishan.contracts.project.ProjectStatusChanged;
import org.cishan.donation.command.RecordProjectStatusCommand;
import org.cishan.donation.domain.ProjectStatus;
import org.cishan.support.messaging.IntegrationEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Binding {@code projectEvents-in-0}: reads project.project-events (group donation-service) and
 * tells each project's fund its status, code and title — which projects may take allocations and
 * what receipts print. Redelivery is harmless: the fund ignores news older than what it knows. A
 * status this version does not know takes no money ({@link ProjectStatus#DRAFT}'s rules, logged);
 * an unknown event type is skipped; a failure is retried, then parked in {@code
 * donation-service.project-events.dlq}.
 */
@Component("projectEvents")
public class ProjectEventsConsumer extends IntegrationEventConsumer<ProjectEvent> {

  private static final Logger log = LoggerFactory.getLogger(ProjectEventsConsumer.class);

  private final CommandGateway commands;

  public ProjectEventsConsumer(CommandGateway commands, ObjectMapper objectMapper) {
    super(ProjectEvent.class, objectMapper);
    this.commands = commands;
  }

  @Override
  public void handle(ProjectEvent event) {
    if (event instanceof ProjectCreated created) {
      commands.sendAndWait(
          new RecordProjectStatusCommand(
              created.projectId(),
              ProjectStatus.DRAFT,
              null,
              created.title(),
              created.occurredAt()));
    } else if (event instanceof ProjectStatusChanged changed) {
      commands.sendAndWait(
          new RecordProjectStatusCommand(
              changed.projectId(),
              statusOf(changed),
              changed.code(),
              changed.title(),
              changed.occurredAt()));
    } else if (event instanceof ProjectEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    }
  }

  static ProjectStatus statusOf(ProjectStatusChanged changed) {
    try {
      return ProjectStatus.valueOf(changed.status());
    } catch (IllegalArgumentException | NullPointerException unknown) {
      log.warn(
          "Project {} has status {} this version does not know; it takes no money",
          changed.projectId(),
          changed.status());
      return ProjectStatus.DRAFT;
    }
  }
}

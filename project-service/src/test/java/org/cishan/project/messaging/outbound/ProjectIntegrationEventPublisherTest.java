package org.cishan.project.messaging.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Topics;
import org.cishan.contracts.project.ProjectCreated;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;
import org.cishan.support.messaging.Outbox;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ProjectIntegrationEventPublisherTest {

  /** Configured like Spring Boot's mapper, which the outbox uses to write the payload. */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  static final Project PROJECT =
      new Project(
          UUID.fromString("00000000-0000-0000-0000-00000000b001"),
          "敬老院改造 Elderly home renovation",
          "not on the wire",
          Money.cny(50_000_000),
          Instant.parse("2026-03-01T08:30:00Z"),
          "officer-account");

  @Test
  void writesProjectCreatedExactlyInTheContractShape() throws Exception {
    ProjectCreated event =
        ProjectIntegrationEventPublisher.toEvent(
            UUID.fromString("00000000-0000-0000-0000-00000000e002"), PROJECT);

    assertThat(JSON.readTree(JSON.writeValueAsString(event)))
        .isEqualTo(
            JSON.readTree(
                """
                {"type":"ProjectCreated.v1","eventId":"00000000-0000-0000-0000-00000000e002",
                 "occurredAt":"2026-03-01T08:30:00Z",
                 "projectId":"00000000-0000-0000-0000-00000000b001",
                 "title":"敬老院改造 Elderly home renovation",
                 "fundraisingTarget":{"minorUnits":50000000,"currency":"CNY"}}
                """));
  }

  @Test
  void appendsToTheOutboxOfTheProjectTopicKeyedByProjectId() {
    Outbox outbox = mock(Outbox.class);
    ArgumentCaptor<ProjectCreated> event = ArgumentCaptor.forClass(ProjectCreated.class);

    new ProjectIntegrationEventPublisher(outbox).projectCreated(PROJECT);

    verify(outbox).append(eq(Topics.PROJECT_EVENTS), eq(PROJECT.id().toString()), event.capture());
    assertThat(event.getValue().projectId()).isEqualTo(PROJECT.id());
    assertThat(event.getValue().occurredAt()).isEqualTo(PROJECT.createdAt());
    assertThat(event.getValue().eventId()).isNotNull();
  }
}

package org.cishan.content.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.UUID;
import org.cishan.content.command.DraftProjectAnnouncementCommand;
import org.cishan.content.command.ProjectAnnouncementService;
import org.cishan.content.domain.NewProject;
import org.cishan.contracts.project.ProjectCreated;
import org.cishan.contracts.project.ProjectEvent;
import org.cishan.contracts.project.ProjectStatusChanged;
import org.junit.jupiter.api.Test;

class ProjectEventsConsumerTest {

  static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  final ProjectAnnouncementService announcements = mock(ProjectAnnouncementService.class);
  final ProjectEventsConsumer consumer =
      new ProjectEventsConsumer(announcements, new ObjectMapper());

  @Test
  void draftsAnAnnouncementForAProjectCreatedUnderItsEventId() throws Exception {
    ProjectEvent event =
        JSON.readValue(
            """
            {"type":"ProjectCreated.v1","eventId":"00000000-0000-0000-0000-00000000e002",
             "occurredAt":"2026-03-01T08:30:00Z",
             "projectId":"00000000-0000-0000-0000-00000000b001",
             "title":"敬老院改造 Elderly home renovation",
             "fundraisingTarget":{"minorUnits":50000000,"currency":"CNY"}}
            """,
            ProjectEvent.class);

    consumer.handle(event);

    verify(announcements)
        .draft(
            new DraftProjectAnnouncementCommand(
                UUID.fromString("00000000-0000-0000-0000-00000000e002"),
                new NewProject(
                    UUID.fromString("00000000-0000-0000-0000-00000000b001"),
                    "敬老院改造 Elderly home renovation",
                    50_000_000,
                    "CNY")));
  }

  @Test
  void passesAStatusChangeOnForItsNews() {
    UUID event = UUID.randomUUID();
    UUID project = UUID.randomUUID();

    consumer.handle(
        new ProjectStatusChanged(
            event, java.time.Instant.now(), project, "APPROVED", "XQ-1", "乡村小学", null));

    verify(announcements).draftStatusNews(event, project, "乡村小学", "APPROVED");
  }

  @Test
  void skipsAnEventOfATypeItDoesNotKnow() throws Exception {
    ProjectEvent event =
        JSON.readValue(
            """
            {"type":"ProjectRenamed.v1","eventId":"00000000-0000-0000-0000-00000000e009",
             "occurredAt":"2026-03-01T08:30:00Z","projectId":"00000000-0000-0000-0000-00000000b001"}
            """,
            ProjectEvent.class);

    consumer.handle(event);

    assertThat(event).isInstanceOf(ProjectEvent.Unrecognized.class);
    verify(announcements, never()).draft(any());
  }

  @Test
  void refusesAProjectCreatedWithoutTargetOrTitleAsMalformed() {
    UUID project = UUID.randomUUID();
    ProjectCreated noTarget =
        new ProjectCreated(UUID.randomUUID(), Instant.now(), project, "标题", null);
    ProjectCreated noTitle =
        new ProjectCreated(
            UUID.randomUUID(), Instant.now(), project, null, org.cishan.contracts.Money.cny(1));

    assertThatIllegalArgumentException().isThrownBy(() -> consumer.handle(noTarget));
    assertThatIllegalArgumentException().isThrownBy(() -> consumer.handle(noTitle));
    verify(announcements, never()).draft(any());
  }
}

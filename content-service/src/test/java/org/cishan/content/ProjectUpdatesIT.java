package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.auditor;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.cishan.content.command.ProjectAnnouncementService;
import org.cishan.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Project updates drafted from project-service's events on a real in-JVM KRaft broker: one draft
 * per fact however often it is delivered, unknown types skipped, malformed events parked in the
 * DLQ.
 */
class ProjectUpdatesIT extends ContentServiceIntegrationTest {

  @Test
  void draftsOneApprovalAndOneClosureNewsPerProjectHoweverOftenTheyAreReported() throws Exception {
    UUID projectId = UUID.randomUUID();
    UUID implementing = UUID.randomUUID();
    UUID last = UUID.randomUUID();

    statusChanged(UUID.randomUUID(), projectId, "APPROVED");
    UUID twice = UUID.randomUUID();
    statusChanged(twice, projectId, "APPROVED");
    statusChanged(twice, projectId, "APPROVED");
    statusChanged(implementing, projectId, "IMPLEMENTING");
    statusChanged(last, projectId, "CLOSED");

    awaitAnnounced(last);
    JsonNode page = articlesOf(projectId);
    assertThat(page.get("items").findValuesAsText("title"))
        .containsExactlyInAnyOrder("项目立项：乡村小学", "项目结项：乡村小学");
    assertThat(page.get("items").findValuesAsText("status")).containsOnly("DRAFT");
    assertThat(announced(implementing)).isTrue();
  }

  private void statusChanged(UUID eventId, UUID projectId, String status) {
    events.send(
        Topics.PROJECT_EVENTS,
        projectId.toString(),
        """
            {"type":"ProjectStatusChanged.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
             "projectId":"%s","status":"%s","code":"XQ-1","title":"乡村小学","reason":null}
            """
            .formatted(eventId, projectId, status));
  }

  @Test
  void draftsExactlyOneProjectUpdateEvenWhenTheEventIsDeliveredTwice() throws Exception {
    UUID projectId = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    UUID later = UUID.randomUUID();

    events.projectCreated(eventId, projectId, "敬老院改造 Elderly home renovation", 50_000_000);
    events.projectCreated(eventId, projectId, "敬老院改造 Elderly home renovation", 50_000_000);
    events.projectCreated(later, UUID.randomUUID(), "助学", 100);

    awaitAnnounced(later);
    JsonNode page = articlesOf(projectId);
    assertThat(page.get("totalItems").asLong()).isOne();
    JsonNode draft = page.get("items").get(0);
    assertThat(draft.get("title").asText()).isEqualTo("新项目：敬老院改造 Elderly home renovation");
    assertThat(draft.get("summary").asText()).contains("500000.00 元");
    assertThat(draft.get("body").asText()).contains("500000.00 元");
    assertThat(draft.get("language").asText()).isEqualTo("zh-CN");
    assertThat(draft.get("category").asText()).isEqualTo("PROJECT_UPDATE");
    assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.at("/projectIds/0").asText()).isEqualTo(projectId.toString());
    assertThat(api.read(editor(), "/api/content/articles/" + draft.get("articleId").asText()))
        .isEqualTo(draft);
  }

  @Test
  void aDraftFromAnEventHasNoAuthorAndOnlyEditorsAndAuditorsSeeIt() throws Exception {
    UUID projectId = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();

    events.projectCreated(eventId, projectId, "图书角", 100);

    awaitAnnounced(eventId);
    String path = "/api/content/articles?projectId=" + projectId;
    String id = api.read(editor(), path).at("/items/0/articleId").asText();
    assertThat(count("select count(*) from article where author_id is null and id = '" + id + "'"))
        .isOne();
    assertThat(json.readTree(api.get(auditor(), path).getBody()).get("totalItems").asLong())
        .isOne();
    assertThat(api.get(auditor(), "/api/content/articles/" + id).getStatusCode().value())
        .isEqualTo(200);
    assertThat(json.readTree(api.get(new HttpHeaders(), path).getBody()).get("totalItems").asLong())
        .isZero();
    assertThat(api.get(new HttpHeaders(), "/api/content/articles/" + id).getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void draftsNoSecondArticleEvenIfTheDeliveryRecordWasLost() throws Exception {
    UUID projectId = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    UUID later = UUID.randomUUID();
    long parkedBefore = events.recordCount(DLQ);
    events.projectCreated(eventId, projectId, "净水", 1_000);
    awaitAnnounced(eventId);

    jdbc.sql("delete from processed_event where event_id = :id").param("id", eventId).update();
    events.projectCreated(eventId, projectId, "净水", 1_000);
    events.projectCreated(later, UUID.randomUUID(), "图书角", 100);

    awaitAnnounced(later);
    assertThat(articlesOf(projectId).get("totalItems").asLong()).isOne();
    assertThat(events.recordCount(DLQ)).isEqualTo(parkedBefore);
  }

  @Test
  void skipsAnEventOfAnUnknownTypeAndStillAppliesTheNextOne() throws Exception {
    UUID projectId = UUID.randomUUID();
    UUID unknown = UUID.randomUUID();
    UUID next = UUID.randomUUID();
    long parkedBefore = events.recordCount(DLQ);

    events.send(
        Topics.PROJECT_EVENTS,
        projectId.toString(),
        """
            {"type":"ProjectRenamed.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
             "projectId":"%s","title":"改名"}
            """
            .formatted(unknown, projectId));
    events.projectCreated(next, projectId, "医疗", 300);

    awaitAnnounced(next);
    assertThat(announced(unknown)).isFalse();
    assertThat(articlesOf(projectId).get("totalItems").asLong()).isOne();
    assertThat(events.recordCount(DLQ)).isEqualTo(parkedBefore);
  }

  @Test
  void parksAMalformedProjectCreatedInTheDlqAndGoesOn() throws Exception {
    UUID broken = UUID.randomUUID();
    UUID next = UUID.randomUUID();
    long parkedBefore = events.recordCount(DLQ);

    events.send(
        Topics.PROJECT_EVENTS,
        UUID.randomUUID().toString(),
        """
            {"type":"ProjectCreated.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
             "projectId":"%s","fundraisingTarget":{"minorUnits":1,"currency":"CNY"}}
            """
            .formatted(broken, UUID.randomUUID()));
    events.projectCreated(next, UUID.randomUUID(), "下一个", 100);

    awaitAnnounced(next);
    assertThat(announced(broken)).isFalse();
    assertThat(events.recordCount(DLQ)).isEqualTo(parkedBefore + 1);
  }

  private void awaitAnnounced(UUID eventId) {
    events.awaitHandled(ProjectAnnouncementService.CONSUMER, eventId);
  }

  private boolean announced(UUID eventId) {
    return events.isHandled(ProjectAnnouncementService.CONSUMER, eventId);
  }

  private JsonNode articlesOf(UUID projectId) {
    return api.read(editor(), ARTICLES + "?projectId=" + projectId);
  }
}

package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cishan.content.command.FundraisingMilestoneService;
import org.cishan.content.command.ProjectAnnouncementService;
import org.cishan.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fundraising milestone drafts from the ledger's events on a real KRaft broker: half and all of the
 * target, each drafted once per project, whatever the order and however often the events come.
 */
class FundraisingMilestonesIT extends ContentServiceIntegrationTest {

  @Autowired FundraisingMilestoneService milestoneService;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void draftsHalfAndFullOnceEachHoweverTheMoneyComesAndGoes() {
    UUID project = UUID.randomUUID();
    awaitAnnounced(events.projectCreated(UUID.randomUUID(), project, "乡村小学", 100_000));
    UUID first = UUID.randomUUID();

    confirmed(first, project, 30_000, "CNY");
    confirmed(first, project, 30_000, "CNY"); // redelivered
    confirmed(UUID.randomUUID(), null, 90_000, "CNY"); // unrestricted: no project's money
    confirmed(UUID.randomUUID(), project, 90_000, "HKD"); // not the target's currency
    handled(confirmed(UUID.randomUUID(), project, 20_000, "CNY"));
    assertThat(milestoneTitles(project)).containsExactly("筹款过半：乡村小学");

    refunded(UUID.randomUUID(), project, 10_000);
    released(UUID.randomUUID(), project, 5_000);
    UUID back = confirmed(UUID.randomUUID(), project, 15_000, "CNY"); // back to 50%
    handled(back);
    assertThat(milestoneTitles(project)).containsExactly("筹款过半：乡村小学");
    UUID full = confirmed(UUID.randomUUID(), project, 50_000, "CNY");
    handled(full);
    confirmed(full, project, 50_000, "CNY"); // redelivered
    handled(confirmed(UUID.randomUUID(), project, 1, "CNY"));

    assertThat(milestoneTitles(project)).containsExactlyInAnyOrder("筹款过半：乡村小学", "筹款目标达成：乡村小学");
    JsonNode draft = milestones(project).get(0);
    assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.get("category").asText()).isEqualTo("PROJECT_UPDATE");
    assertThat(draft.at("/projectIds/0").asText()).isEqualTo(project.toString());
    assertThat(
            jdbc.sql(
                    "select raised_minor from project_raised where project_id = :p and currency = 'CNY'")
                .param("p", project)
                .query(Long.class)
                .single())
        .isEqualTo(30_000 + 20_000 - 10_000 - 5_000 + 15_000 + 50_000 + 1);
  }

  @Test
  void giftsThatCameBeforeTheProjectsTargetAreCountedOnceItArrives() {
    UUID project = UUID.randomUUID();
    confirmed(UUID.randomUUID(), project, 60_000, "CNY");
    handled(confirmed(UUID.randomUUID(), project, 60_000, "CNY"));
    assertThat(milestoneTitles(project)).isEmpty();

    UUID created = UUID.randomUUID();
    events.projectCreated(created, project, "净水", 100_000);
    awaitAnnounced(created);

    assertThat(milestoneTitles(project)).containsExactlyInAnyOrder("筹款过半：净水", "筹款目标达成：净水");
    assertThat(milestones(project).get(0).get("summary").asText()).contains("1200.00 元");
  }

  @Test
  void draftsNoSecondMilestoneEvenIfTheDeliveryRecordWasLost() {
    UUID project = UUID.randomUUID();
    awaitAnnounced(events.projectCreated(UUID.randomUUID(), project, "图书角", 1_000));
    UUID gift = UUID.randomUUID();
    handled(confirmed(gift, project, 1_000, "CNY"));

    jdbc.sql("delete from processed_event where event_id = :id").param("id", gift).update();
    handled(confirmed(gift, project, 1_000, "CNY"));

    assertThat(milestoneTitles(project)).containsExactlyInAnyOrder("筹款过半：图书角", "筹款目标达成：图书角");
  }

  @Test
  void aMilestoneDraftAnEditorDeletedIsNotDraftedAgain() {
    UUID project = UUID.randomUUID();
    awaitAnnounced(events.projectCreated(UUID.randomUUID(), project, "助学金", 1_000));
    handled(confirmed(UUID.randomUUID(), project, 600, "CNY"));
    String half = milestones(project).get(0).get("articleId").asText();

    assertThat(api.delete(ARTICLES + "/" + half).getStatusCode().value()).isEqualTo(200);
    handled(confirmed(UUID.randomUUID(), project, 100, "CNY"));
    handled(confirmed(UUID.randomUUID(), project, 300, "CNY"));

    assertThat(milestoneTitles(project)).containsExactly("筹款目标达成：助学金");
  }

  /**
   * The target arrives while the gift that reaches it is being applied: the gift's transaction
   * waits for the target's (the project's lock), then sees it and drafts. Without the lock each
   * would miss the other's uncommitted row and nothing would be drafted.
   */
  @Test
  void aGiftAppliedWhileTheTargetArrivesIsNotMissed() throws Exception {
    UUID project = UUID.randomUUID();
    CompletableFuture<Integer> gift = new CompletableFuture<>();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            targetTransaction -> {
              milestoneService.targetKnown(project, "竞态", 1_000, "CNY");
              CompletableFuture.runAsync(
                  () -> {
                    try {
                      gift.complete(
                          milestoneService.recordRaised(UUID.randomUUID(), project, "CNY", 1_000));
                    } catch (RuntimeException e) {
                      gift.completeExceptionally(e);
                    }
                  });
              try {
                gift.get(2, TimeUnit.SECONDS); // without the lock the gift is done by now
              } catch (TimeoutException waiting) {
                // with the lock it waits for this transaction to commit
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    assertThat(gift.get(30, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(milestoneTitles(project)).containsExactlyInAnyOrder("筹款过半：竞态", "筹款目标达成：竞态");
  }

  private List<JsonNode> milestones(UUID project) {
    List<JsonNode> found = new ArrayList<>();
    api.read(editor(), ARTICLES + "?size=100&projectId=" + project)
        .get("items")
        .forEach(
            item -> {
              if (item.get("title").asText().startsWith("筹款")) {
                found.add(item);
              }
            });
    return found;
  }

  private List<String> milestoneTitles(UUID project) {
    return milestones(project).stream().map(a -> a.get("title").asText()).toList();
  }

  private UUID confirmed(UUID eventId, UUID project, long amount, String currency) {
    UUID donation = UUID.randomUUID();
    events.send(
        Topics.DONATION_EVENTS,
        donation.toString(),
        """
            {"type":"DonationConfirmed.v1","eventId":"%s","occurredAt":"2026-03-02T08:30:00Z",
             "donationId":"%s","projectId":%s,"amount":{"minorUnits":%d,"currency":"%s"},
             "effectiveAt":"2026-03-02T08:30:00Z"}
            """
            .formatted(
                eventId,
                donation,
                project == null ? "null" : "\"" + project + "\"",
                amount,
                currency));
    return eventId;
  }

  private void refunded(UUID eventId, UUID project, long amount) {
    events.send(
        Topics.DONATION_EVENTS,
        UUID.randomUUID().toString(),
        """
            {"type":"DonationRefunded.v1","eventId":"%s","occurredAt":"2026-03-03T08:30:00Z",
             "donationId":"%s","refundId":"%s","projectId":"%s",
             "amount":{"minorUnits":%d,"currency":"CNY"}}
            """
            .formatted(eventId, UUID.randomUUID(), UUID.randomUUID(), project, amount));
  }

  private void released(UUID eventId, UUID project, long amount) {
    events.send(
        Topics.DONATION_EVENTS,
        UUID.randomUUID().toString(),
        """
            {"type":"RestrictionReleased.v1","eventId":"%s","occurredAt":"2026-03-03T08:30:00Z",
             "donationId":"%s","projectId":"%s","released":{"minorUnits":%d,"currency":"CNY"}}
            """
            .formatted(eventId, UUID.randomUUID(), project, amount));
  }

  /**
   * Waits until the donation event was handled (the broker has one partition: all before it were).
   */
  private void handled(UUID eventId) {
    events.awaitHandled(FundraisingMilestoneService.CONSUMER, eventId);
  }

  private void awaitAnnounced(UUID eventId) {
    events.awaitHandled(ProjectAnnouncementService.CONSUMER, eventId);
  }
}

package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.anyone;
import static org.cishan.content.ContentApi.article;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.content.command.ChangeArticleStatusService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Publishing articles through the API against the real PostgreSQL: scheduled publishing, invalid
 * transitions, and the public lists by category, tag, project and language.
 */
class ArticlePublishingIT extends ContentServiceIntegrationTest {

  @Nested
  class Workflow {

    @Test
    void aScheduledArticleIsPublishedAtItsTimeAndNotBefore() {
      String id = api.write(article("定时发布")).get("articleId").asText();
      api.move(id, "IN_REVIEW", null);
      Instant at = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);

      ResponseEntity<String> scheduled = api.move(id, "SCHEDULED", at);

      assertThat(scheduled.getStatusCode().value()).as(scheduled.getBody()).isEqualTo(200);
      assertThat(api.tree(scheduled.getBody()).get("publishAt").asText()).isEqualTo(at.toString());
      assertThat(api.get(anyone(), ARTICLES + "/" + id).getStatusCode().value()).isEqualTo(404);
      await("published as scheduled")
          .atMost(PATIENCE)
          .until(() -> api.get(anyone(), ARTICLES + "/" + id).getStatusCode().value() == 200);
      assertThat(Instant.now()).isAfterOrEqualTo(at);
      JsonNode published = api.read(anyone(), ARTICLES + "/" + id);
      assertThat(published.get("publishedAt").asText()).isEqualTo(at.toString());
      assertThat(published.get("publishAt").isNull()).isTrue();
      JsonNode last = api.read(editor(), ARTICLES + "/" + id + "/history").at("/transitions/2");
      assertThat(last.get("toStatus").asText()).isEqualTo("PUBLISHED");
      assertThat(last.get("changedBy").asText()).isEqualTo(ChangeArticleStatusService.SCHEDULER);
    }

    @Test
    void aScheduleNeedsAFutureTimeAndCanBeTakenBackIntoReview() {
      String id = api.write(article("撤回定时")).get("articleId").asText();
      assertRefused(
          api.move(id, "SCHEDULED", Instant.now().plusSeconds(60)),
          409,
          "rule",
          "transition-not-allowed");
      api.move(id, "IN_REVIEW", null);
      assertRefused(api.move(id, "SCHEDULED", null), 400, "field", "publishAt");
      assertRefused(
          api.move(id, "SCHEDULED", Instant.now().minusSeconds(1)), 400, "field", "publishAt");
      assertRefused(
          api.move(id, "PUBLISHED", Instant.now().plusSeconds(60)), 400, "field", "publishAt");

      api.move(id, "SCHEDULED", Instant.now().plusSeconds(2));
      JsonNode back = api.tree(api.move(id, "IN_REVIEW", null).getBody());

      assertThat(back.get("status").asText()).isEqualTo("IN_REVIEW");
      assertThat(back.get("publishAt").isNull()).isTrue();
      await()
          .during(Duration.ofSeconds(3))
          .atMost(PATIENCE)
          .until(
              () ->
                  api.read(editor(), ARTICLES + "/" + id)
                      .get("status")
                      .asText()
                      .equals("IN_REVIEW"));
      assertThat(api.read(editor(), ARTICLES + "/" + id + "/history").get("transitions"))
          .hasSize(3);
    }

    @Test
    void anInvalidTransitionIsA409NamingTheRuleAndRecordsNothing() {
      String id = api.write(article("非法流转")).get("articleId").asText();
      long moves = count("select count(*) from article_transition");

      ResponseEntity<String> refused = api.move(id, "PUBLISHED", null);

      assertRefused(refused, 409, "rule", "transition-not-allowed");
      assertThat(api.tree(refused.getBody()).get("detail").asText()).contains("IN_REVIEW");
      assertThat(api.read(editor(), ARTICLES + "/" + id).get("status").asText()).isEqualTo("DRAFT");
      assertThat(count("select count(*) from article_transition")).isEqualTo(moves);
    }
  }

  @Nested
  class PublicLists {

    @Test
    void listsPublishedArticlesByCategoryTagProjectAndLanguageNewestPublishedFirst() {
      String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
      UUID project = UUID.randomUUID();
      String policy = published(tag, "POLICY", "zh-CN", null, "政策一");
      String notice = published(tag, "NOTICE", "en", project, "Notice one");
      String news = published(tag, "NEWS", "zh-CN", project, "新闻一");
      String draft = api.write(with(tag, "NEWS", "zh-CN", project, "草稿")).get("articleId").asText();

      assertThat(ids("tag=" + tag)).containsExactly(news, notice, policy);
      assertThat(ids("tag=" + tag + "&category=POLICY")).containsExactly(policy);
      assertThat(ids("tag=" + tag + "&language=en")).containsExactly(notice);
      assertThat(ids("projectId=" + project)).containsExactly(news, notice);
      assertThat(ids("tag=" + tag + "&size=2&page=1")).containsExactly(policy);
      assertThat(api.read(anyone(), ARTICLES + "?tag=" + tag).get("totalItems").asLong())
          .isEqualTo(3);
      assertThat(
              api.read(editor(), ARTICLES + "?tag=" + tag)
                  .get("items")
                  .findValuesAsText("articleId"))
          .contains(draft);

      api.move(policy, "ARCHIVED", null);
      assertThat(ids("tag=" + tag)).containsExactly(news, notice);
    }

    @Test
    void answers400ForAnUnknownCategoryOrLanguageFilter() {
      assertRefused(api.get(anyone(), ARTICLES + "?category=GOSSIP"), 400, "field", "category");
      assertRefused(api.get(anyone(), ARTICLES + "?language=fr"), 400, "field", "language");
      assertRefused(api.get(anyone(), ARTICLES + "?tag=" + "x".repeat(31)), 400, "field", "tag");
    }

    private String published(
        String tag, String category, String language, UUID project, String title) {
      String id =
          api.write(with(tag, category, language, project, title)).get("articleId").asText();
      api.publish(id);
      return id;
    }

    private Map<String, Object> with(
        String tag, String category, String language, UUID project, String title) {
      Map<String, Object> fields = article(title);
      fields.put("tags", List.of(tag));
      fields.put("category", category);
      fields.put("language", language);
      fields.put("projectIds", project == null ? List.of() : List.of(project));
      return fields;
    }

    private List<String> ids(String query) {
      return api.read(anyone(), ARTICLES + "?" + query).get("items").findValuesAsText("articleId");
    }
  }
}

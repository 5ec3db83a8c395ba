package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.cishan.content.command.ProjectAnnouncementService;
import org.cishan.contracts.Topics;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * content-service as it runs: HTTP in, PostgreSQL (fresh database), and the project-events consumer
 * reading from a real in-JVM KRaft broker. Writing needs an editor's token; drafts are read as an
 * editor (the public does not see them).
 */
class ContentFlowIT extends ContentServiceIntegrationTest {

  @Autowired EmbeddedKafkaBroker kafka;

  @Nested
  class AnnouncingNewProjects {

    @Test
    void draftsOneApprovalAndOneClosureNewsPerProjectHoweverOftenTheyAreReported()
        throws Exception {
      UUID projectId = UUID.randomUUID();
      UUID implementing = UUID.randomUUID();
      UUID last = UUID.randomUUID();

      statusChanged(UUID.randomUUID(), projectId, "APPROVED");
      UUID twice = UUID.randomUUID();
      statusChanged(twice, projectId, "APPROVED");
      statusChanged(twice, projectId, "APPROVED");
      statusChanged(implementing, projectId, "IMPLEMENTING");
      statusChanged(last, projectId, "CLOSED");

      awaitProcessed(last);
      JsonNode page = articlesOf(projectId);
      assertThat(page.get("items").findValuesAsText("title"))
          .containsExactlyInAnyOrder("项目立项：乡村小学", "项目结项：乡村小学");
      assertThat(page.get("items").findValuesAsText("status")).containsOnly("DRAFT");
      assertThat(isProcessed(implementing)).isTrue();
    }

    private void statusChanged(UUID eventId, UUID projectId, String status) {
      topics()
          .send(
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

      projectCreated(eventId, projectId, "敬老院改造 Elderly home renovation", 50_000_000);
      projectCreated(eventId, projectId, "敬老院改造 Elderly home renovation", 50_000_000);
      projectCreated(later, UUID.randomUUID(), "助学", 100);

      awaitProcessed(later);
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
      assertThat(json.readTree(get("/api/content/articles/" + draft.get("articleId").asText())))
          .isEqualTo(draft);
    }

    @Test
    void aDraftFromAnEventHasNoAuthorAndOnlyEditorsAndAuditorsSeeIt() throws Exception {
      UUID projectId = UUID.randomUUID();
      UUID eventId = UUID.randomUUID();

      projectCreated(eventId, projectId, "图书角", 100);

      awaitProcessed(eventId);
      String path = "/api/content/articles?projectId=" + projectId;
      String id = json.readTree(get(path)).at("/items/0/articleId").asText();
      assertThat(
              count("select count(*) from article where author_id is null and id = '" + id + "'"))
          .isOne();
      assertThat(json.readTree(getAs(auditor(), path).getBody()).get("totalItems").asLong())
          .isOne();
      assertThat(getAs(auditor(), "/api/content/articles/" + id).getStatusCode().value())
          .isEqualTo(200);
      assertThat(json.readTree(getAs(new HttpHeaders(), path).getBody()).get("totalItems").asLong())
          .isZero();
      assertThat(getAs(new HttpHeaders(), "/api/content/articles/" + id).getStatusCode().value())
          .isEqualTo(404);
    }

    @Test
    void draftsNoSecondArticleEvenIfTheDeliveryRecordWasLost() throws Exception {
      UUID projectId = UUID.randomUUID();
      UUID eventId = UUID.randomUUID();
      UUID later = UUID.randomUUID();
      long parkedBefore = topics().recordCount(DLQ);
      projectCreated(eventId, projectId, "净水", 1_000);
      awaitProcessed(eventId);

      jdbc.sql("delete from processed_event where event_id = :id").param("id", eventId).update();
      projectCreated(eventId, projectId, "净水", 1_000);
      projectCreated(later, UUID.randomUUID(), "图书角", 100);

      awaitProcessed(later);
      assertThat(articlesOf(projectId).get("totalItems").asLong()).isOne();
      assertThat(topics().recordCount(DLQ)).isEqualTo(parkedBefore);
    }

    @Test
    void skipsAnEventOfAnUnknownTypeAndStillAppliesTheNextOne() throws Exception {
      UUID projectId = UUID.randomUUID();
      UUID unknown = UUID.randomUUID();
      UUID next = UUID.randomUUID();
      long parkedBefore = topics().recordCount(DLQ);

      topics()
          .send(
              Topics.PROJECT_EVENTS,
              projectId.toString(),
              """
              {"type":"ProjectRenamed.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
               "projectId":"%s","title":"改名"}
              """
                  .formatted(unknown, projectId));
      projectCreated(next, projectId, "医疗", 300);

      awaitProcessed(next);
      assertThat(isProcessed(unknown)).isFalse();
      assertThat(articlesOf(projectId).get("totalItems").asLong()).isOne();
      assertThat(topics().recordCount(DLQ)).isEqualTo(parkedBefore);
    }

    @Test
    void parksAMalformedProjectCreatedInTheDlqAndGoesOn() throws Exception {
      UUID broken = UUID.randomUUID();
      UUID next = UUID.randomUUID();
      long parkedBefore = topics().recordCount(DLQ);

      topics()
          .send(
              Topics.PROJECT_EVENTS,
              UUID.randomUUID().toString(),
              """
              {"type":"ProjectCreated.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
               "projectId":"%s","fundraisingTarget":{"minorUnits":1,"currency":"CNY"}}
              """
                  .formatted(broken, UUID.randomUUID()));
      projectCreated(next, UUID.randomUUID(), "下一个", 100);

      awaitProcessed(next);
      assertThat(isProcessed(broken)).isFalse();
      assertThat(topics().recordCount(DLQ)).isEqualTo(parkedBefore + 1);
    }
  }

  @Nested
  class WritingArticles {

    @Test
    void storesADraftAndReadsItBack() throws Exception {
      ResponseEntity<String> created = post(article("慈善周报", "本周要闻", "正文内容", "zh-CN"));

      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      JsonNode body = json.readTree(created.getBody());
      String id = body.get("articleId").asText();
      assertThat(created.getHeaders().getLocation()).hasToString("/api/content/articles/" + id);
      assertThat(body.get("category").asText()).isEqualTo("NEWS");
      assertThat(body.get("status").asText()).isEqualTo("DRAFT");
      assertThat(body.get("projectIds")).isEmpty();
      assertThat(json.readTree(get("/api/content/articles/" + id))).isEqualTo(body);
    }

    @Test
    void listsOnlyTheArticlesMatchingTheFiltersNewestFirst() throws Exception {
      String older = writeArticle("旧闻");
      String newer = writeArticle("新闻");

      JsonNode news =
          json.readTree(get("/api/content/articles?category=NEWS&status=DRAFT&size=100"));

      assertThat(news.get("items").findValuesAsText("category")).containsOnly("NEWS");
      assertThat(news.get("items").findValuesAsText("articleId")).containsSubsequence(newer, older);
      assertThat(news.get("totalItems").asLong())
          .isEqualTo(
              count("select count(*) from article where category = 'NEWS' and status = 'DRAFT'"));
    }

    static Stream<Arguments> invalidBodies() {
      return Stream.of(
          Arguments.of("{\"body\":\"b\",\"language\":\"en\"}", "title"),
          Arguments.of(article("x".repeat(201), null, "b", "en"), "title"),
          Arguments.of(article("t", "s".repeat(501), "b", "en"), "summary"),
          Arguments.of("{\"title\":\"t\",\"language\":\"en\"}", "body"),
          Arguments.of(article("t", null, "b", "fr"), "language"),
          Arguments.of("{\"title\":\"t\",\"body\":\"b\"}", "language"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void answers400NamingTheFieldAndStoresNothing(String body, String field) throws Exception {
      long articles = count("select count(*) from article");

      ResponseEntity<String> refused = post(body);

      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field"))
          .containsExactly(field);
      assertThat(count("select count(*) from article")).isEqualTo(articles);
    }

    @ParameterizedTest
    @ValueSource(strings = {"category=FOO", "status=REJECTED", "page=-1", "size=101"})
    void answers400ForAnUnknownFilterOrAPageOutOfRange(String query) throws Exception {
      ResponseEntity<String> refused = getAs(editor(), "/api/content/articles?" + query);

      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText())
          .isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @Test
    void answers404ForAnUnknownArticle() {
      ResponseEntity<String> missing =
          getAs(editor(), "/api/content/articles/" + UUID.randomUUID());

      assertThat(missing.getStatusCode().value()).isEqualTo(404);
      assertThat(missing.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void recordsTheSignedInEditorAsTheAuthorAndHidesTheDraftFromThePublic() throws Exception {
      ResponseEntity<String> created =
          post(
              """
              {"title":"草稿 Draft","body":"正文","language":"zh-CN","authorId":"someone-else"}
              """);
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      JsonNode body = json.readTree(created.getBody());
      assertThat(body.has("authorId")).isFalse();
      String id = body.get("articleId").asText();

      assertThat(
              jdbc.sql("select author_id from article where id = :id")
                  .param("id", UUID.fromString(id))
                  .query(String.class)
                  .single())
          .isEqualTo(EDITOR);
      assertThat(getAs(new HttpHeaders(), "/api/content/articles/" + id).getStatusCode().value())
          .isEqualTo(404);
      assertThat(
              json.readTree(getAs(new HttpHeaders(), "/api/content/articles?size=100").getBody())
                  .get("items")
                  .findValuesAsText("articleId"))
          .doesNotContain(id);
      assertThat(
              json.readTree(
                      getAs(new HttpHeaders(), "/api/content/articles?status=DRAFT").getBody())
                  .get("totalItems")
                  .asLong())
          .isZero();
    }

    @Test
    void storesAHostileBodySanitizedAndRefusesOneWithNothingLeft() throws Exception {
      ResponseEntity<String> created =
          post(
              article(
                  "走访",
                  null,
                  "<p onclick=\"steal()\">老人们很满意<script>steal()</script>"
                      + "<a href=\"javascript:steal()\">详情</a></p>",
                  "zh-CN"));
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      String id = json.readTree(created.getBody()).get("articleId").asText();

      String stored =
          jdbc.sql("select body from article where id = cast(:id as uuid)")
              .param("id", id)
              .query(String.class)
              .single();
      assertThat(stored).isEqualTo("<p>老人们很满意<a rel=\"nofollow noopener\">详情</a></p>");

      long before = count("select count(*) from article");
      ResponseEntity<String> empty =
          post(article("空", null, "<script>steal()</script><iframe></iframe>", "zh-CN"));
      assertThat(empty.getStatusCode().value()).isEqualTo(400);
      assertThat(empty.getBody()).contains("\"field\":\"body\"");
      assertThat(count("select count(*) from article")).isEqualTo(before);
    }

    @Test
    void anArticleIsReviewedPublishedAndArchivedAndOnlyPublishedIsPublic() throws Exception {
      String id = writeArticle("项目交接仪式");

      assertThat(move(id, "PUBLISHED", null).getStatusCode().value())
          .as("a draft is reviewed before it is published")
          .isEqualTo(409);
      assertThat(move(id, "IN_REVIEW", "请审核").getStatusCode().value()).isEqualTo(200);
      assertThat(publicStatus(id)).isEqualTo(404);
      assertThat(move(id, "PUBLISHED", "审核通过").getStatusCode().value()).isEqualTo(200);
      assertThat(publicStatus(id)).isEqualTo(200);
      assertThat(move(id, "ARCHIVED", "过期").getStatusCode().value()).isEqualTo(200);
      assertThat(publicStatus(id)).isEqualTo(404);
      assertThat(move(id, "PUBLISHED", null).getBody()).contains("ARCHIVED is final");

      assertThat(
              jdbc.sql(
                      "select to_status from article_transition where article_id = cast(:id as uuid)"
                          + " order by id")
                  .param("id", id)
                  .query(String.class)
                  .list())
          .containsExactly("IN_REVIEW", "PUBLISHED", "ARCHIVED");
      assertThat(
              count(
                  "select count(*) from article_transition where changed_by = '"
                      + EDITOR
                      + "' and article_id = '"
                      + id
                      + "'"))
          .isEqualTo(3);
    }

    @Test
    void searchesChineseAndEnglishTextButNotMarkupAndThePublicOnlyInPublishedArticles()
        throws Exception {
      String chinese =
          created(article("助学金发放", null, "<p>石门县<strong>乡村小学</strong>的助学金已发放</p>", "zh-CN"));
      String english =
          created(
              article(
                  "Grants handed over",
                  null,
                  "<p>Student <em>grants</em> reached Shimen.</p>",
                  "en"));

      assertThat(search(editor(), "乡村小学")).contains(chinese).doesNotContain(english);
      assertThat(search(editor(), "县乡村")).as("across markup").contains(chinese);
      assertThat(search(editor(), "GRANTS reached"))
          .as("across markup, any case")
          .contains(english);
      assertThat(search(editor(), "GRANTS")).contains(english).doesNotContain(chinese);
      assertThat(search(editor(), "strong")).doesNotContain(chinese);
      assertThat(search(editor(), "100%_")).isEmpty();
      assertThat(
              getAs(editor(), "/api/content/articles?q=" + "长".repeat(101)).getStatusCode().value())
          .isEqualTo(400);

      assertThat(search(new HttpHeaders(), "助学金")).doesNotContain(chinese);
      move(chinese, "IN_REVIEW", null);
      move(chinese, "PUBLISHED", null);
      assertThat(search(new HttpHeaders(), "助学金")).contains(chinese);
      assertThat(search(new HttpHeaders(), "grants")).doesNotContain(english);
    }

    private String created(String body) throws Exception {
      ResponseEntity<String> created = post(body);
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      return json.readTree(created.getBody()).get("articleId").asText();
    }

    private java.util.List<String> search(HttpHeaders headers, String query) throws Exception {
      ResponseEntity<String> found =
          http.exchange(
              "/api/content/articles?size=100&q={q}",
              HttpMethod.GET,
              new HttpEntity<>(headers),
              String.class,
              query);
      assertThat(found.getStatusCode().value()).as(found.getBody()).isEqualTo(200);
      return json.readTree(found.getBody()).get("items").findValuesAsText("articleId");
    }

    private ResponseEntity<String> move(String id, String status, String note) {
      HttpHeaders headers = editor();
      headers.setContentType(MediaType.APPLICATION_JSON);
      String body =
          note == null
              ? "{\"status\":\"%s\"}".formatted(status)
              : "{\"status\":\"%s\",\"note\":\"%s\"}".formatted(status, note);
      return http.postForEntity(
          "/api/content/articles/" + id + "/status", new HttpEntity<>(body, headers), String.class);
    }

    private int publicStatus(String id) {
      return getAs(new HttpHeaders(), "/api/content/articles/" + id).getStatusCode().value();
    }

    private String writeArticle(String title) throws Exception {
      ResponseEntity<String> created = post(article(title, null, "正文", "zh-CN"));
      assertThat(created.getStatusCode().value()).isEqualTo(201);
      return json.readTree(created.getBody()).get("articleId").asText();
    }
  }

  /** A ProjectCreated record shaped exactly like contracts' golden ProjectCreated.v1.json. */
  private void projectCreated(UUID eventId, UUID projectId, String title, long target) {
    topics()
        .send(
            Topics.PROJECT_EVENTS,
            projectId.toString(),
            """
            {
              "type": "ProjectCreated.v1",
              "eventId": "%s",
              "occurredAt": "2026-03-01T08:30:00Z",
              "projectId": "%s",
              "title": "%s",
              "fundraisingTarget": {
                "minorUnits": %d,
                "currency": "CNY"
              }
            }
            """
                .formatted(eventId, projectId, title, target));
  }

  private void awaitProcessed(UUID eventId) {
    await("event " + eventId + " processed").atMost(PATIENCE).until(() -> isProcessed(eventId));
  }

  private boolean isProcessed(UUID eventId) {
    return jdbc.sql(
                "select count(*) from processed_event where consumer = :consumer and event_id = :id")
            .param("consumer", ProjectAnnouncementService.CONSUMER)
            .param("id", eventId)
            .query(Long.class)
            .single()
        == 1;
  }

  private JsonNode articlesOf(UUID projectId) throws Exception {
    return json.readTree(get("/api/content/articles?projectId=" + projectId));
  }

  /** GET as an editor (who sees drafts); 200 expected. */
  private String get(String path) {
    ResponseEntity<String> found = getAs(editor(), path);
    assertThat(found.getStatusCode().value()).as(found.getBody()).isEqualTo(200);
    return found.getBody();
  }

  private ResponseEntity<String> getAs(HttpHeaders headers, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static HttpHeaders editor() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.shared().token(EDITOR, Roles.EDITOR));
    return headers;
  }

  private static HttpHeaders auditor() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(
        TestTokens.shared().token("00000000-0000-4000-8000-0000000000a1", Roles.AUDITOR));
    return headers;
  }

  private ResponseEntity<String> post(String body) {
    HttpHeaders headers = editor();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(
        "/api/content/articles", new HttpEntity<>(body, headers), String.class);
  }

  private static String article(String title, String summary, String body, String language) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("title", title);
    fields.put("summary", summary);
    fields.put("body", body);
    fields.put("language", language);
    try {
      return new ObjectMapper().writeValueAsString(fields);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private KafkaTopics topics() {
    return new KafkaTopics(kafka);
  }
}

package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writing and reading articles through the API against the real PostgreSQL: drafts, filters and bad
 * input, the author, sanitized bodies, the workflow, and search in Chinese and English. Drafts are
 * read as an editor (the public does not see them).
 */
class ArticleBasicsIT extends ContentServiceIntegrationTest {

  @Test
  void storesADraftAndReadsItBack() throws Exception {
    ResponseEntity<String> created =
        api.send(HttpMethod.POST, ARTICLES, article("慈善周报", "本周要闻", "正文内容", "zh-CN"));

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode body = json.readTree(created.getBody());
    String id = body.get("articleId").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/content/articles/" + id);
    assertThat(body.get("category").asText()).isEqualTo("NEWS");
    assertThat(body.get("status").asText()).isEqualTo("DRAFT");
    assertThat(body.get("projectIds")).isEmpty();
    assertThat(api.read(editor(), "/api/content/articles/" + id)).isEqualTo(body);
  }

  @Test
  void listsOnlyTheArticlesMatchingTheFiltersNewestFirst() throws Exception {
    String older = writeArticle("旧闻");
    String newer = writeArticle("新闻");

    JsonNode news = api.read(editor(), "/api/content/articles?category=NEWS&status=DRAFT&size=100");

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

    ResponseEntity<String> refused = api.send(HttpMethod.POST, ARTICLES, body);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field"))
        .containsExactly(field);
    assertThat(count("select count(*) from article")).isEqualTo(articles);
  }

  @ParameterizedTest
  @ValueSource(strings = {"category=FOO", "status=REJECTED", "page=-1", "size=101"})
  void answers400ForAnUnknownFilterOrAPageOutOfRange(String query) throws Exception {
    ResponseEntity<String> refused = api.get(editor(), "/api/content/articles?" + query);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(refused.getBody()).at("/errors/0/field").asText())
        .isEqualTo(query.substring(0, query.indexOf('=')));
  }

  @Test
  void answers404ForAnUnknownArticle() {
    ResponseEntity<String> missing =
        api.get(editor(), "/api/content/articles/" + UUID.randomUUID());

    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void recordsTheSignedInEditorAsTheAuthorAndHidesTheDraftFromThePublic() throws Exception {
    ResponseEntity<String> claimed =
        api.send(
            HttpMethod.POST,
            ARTICLES,
            """
            {"title":"草稿 Draft","body":"正文","language":"zh-CN","authorId":"someone-else"}
            """);
    assertRefused(claimed, 400, "field", "authorId");

    ResponseEntity<String> created =
        api.send(
            HttpMethod.POST,
            ARTICLES,
            """
            {"title":"草稿 Draft","body":"正文","language":"zh-CN"}
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
    assertThat(api.get(new HttpHeaders(), "/api/content/articles/" + id).getStatusCode().value())
        .isEqualTo(404);
    assertThat(
            json.readTree(api.get(new HttpHeaders(), "/api/content/articles?size=100").getBody())
                .get("items")
                .findValuesAsText("articleId"))
        .doesNotContain(id);
    assertThat(
            json.readTree(
                    api.get(new HttpHeaders(), "/api/content/articles?status=DRAFT").getBody())
                .get("totalItems")
                .asLong())
        .isZero();
  }

  @Test
  void storesAHostileBodySanitizedAndRefusesOneWithNothingLeft() throws Exception {
    ResponseEntity<String> created =
        api.send(
            HttpMethod.POST,
            ARTICLES,
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
        api.send(
            HttpMethod.POST,
            ARTICLES,
            article("空", null, "<script>steal()</script><iframe></iframe>", "zh-CN"));
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
    assertThat(search(editor(), "GRANTS reached")).as("across markup, any case").contains(english);
    assertThat(search(editor(), "GRANTS")).contains(english).doesNotContain(chinese);
    assertThat(search(editor(), "strong")).doesNotContain(chinese);
    assertThat(search(editor(), "100%_")).isEmpty();
    assertThat(
            api.get(editor(), "/api/content/articles?q=" + "长".repeat(101)).getStatusCode().value())
        .isEqualTo(400);

    assertThat(search(new HttpHeaders(), "助学金")).doesNotContain(chinese);
    move(chinese, "IN_REVIEW", null);
    move(chinese, "PUBLISHED", null);
    assertThat(search(new HttpHeaders(), "助学金")).contains(chinese);
    assertThat(search(new HttpHeaders(), "grants")).doesNotContain(english);
  }

  private String created(String body) throws Exception {
    ResponseEntity<String> created = api.send(HttpMethod.POST, ARTICLES, body);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return json.readTree(created.getBody()).get("articleId").asText();
  }

  private List<String> search(HttpHeaders headers, String query) throws Exception {
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
    return api.get(new HttpHeaders(), "/api/content/articles/" + id).getStatusCode().value();
  }

  private String writeArticle(String title) throws Exception {
    ResponseEntity<String> created =
        api.send(HttpMethod.POST, ARTICLES, article(title, null, "正文", "zh-CN"));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    return json.readTree(created.getBody()).get("articleId").asText();
  }

  private static String article(String title, String summary, String body, String language) {
    Map<String, String> fields = new LinkedHashMap<>();
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
}

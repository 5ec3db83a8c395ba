package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cishan.content.domain.TestImages;
import org.cishan.support.testing.AuthorizationMatrix;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what in content-service: every endpoint × every kind of caller, reading a published
 * article; and, as a second table over the same endpoints, who may read a draft (no one but editors
 * and auditors — to everyone else it does not exist, so 404, not 403).
 */
class AuthorizationMatrixIT extends ContentServiceIntegrationTest {

  static final String MATRIX =
      """
      endpoint                       anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/content/articles     401       403   403         403     403     201    403             403   401      401     401
      GET /api/content/articles      200       200   200         200     200     200    200             200   401      401     401
      GET /api/content/articles/{id} 200       200   200         200     200     200    200             200   401      401     401
      GET /api/content/articles/by-slug/{slug} 200 200 200     200     200     200    200             200   401      401     401
      POST /api/content/articles/{id}/status 401 403 403      403     403     200    403             403   401      401     401
      PUT /api/content/articles/{id} 401       403   403         403     403     200    403             403   401      401     401
      DELETE /api/content/articles/{id} 401    403   403         403     403     200    403             403   401      401     401
      GET /api/content/articles/{id}/history 401 403 403        403     200     200    403             403   401      401     401
      POST /api/content/images       401       403   403         403     403     201    403             403   401      401     401
      GET /api/content/images        401       403   403         403     200     200    403             403   401      401     401
      GET /api/content/images/{id}   200       200   200         200     200     200    200             200   401      401     401
      DELETE /api/content/images/{id} 401      403   403         403     403     204    403             403   401      401     401
      """;

  /** The same endpoints when the article (or the image's only article) is a draft. */
  static final String DRAFTS =
      """
      endpoint                       anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/content/articles     401       403   403         403     403     201    403             403   401      401     401
      GET /api/content/articles      200       200   200         200     200     200    200             200   401      401     401
      GET /api/content/articles/{id} 404       404   404         404     200     200    404             404   401      401     401
      GET /api/content/articles/by-slug/{slug} 404 404 404     404     200     200    404             404   401      401     401
      POST /api/content/articles/{id}/status 401 403 403      403     403     200    403             403   401      401     401
      PUT /api/content/articles/{id} 401       403   403         403     403     200    403             403   401      401     401
      DELETE /api/content/articles/{id} 401    403   403         403     403     200    403             403   401      401     401
      GET /api/content/articles/{id}/history 401 403 403        403     200     200    403             403   401      401     401
      POST /api/content/images       401       403   403         403     403     201    403             403   401      401     401
      GET /api/content/images        401       403   403         403     200     200    403             403   401      401     401
      GET /api/content/images/{id}   404       404   404         404     200     200    404             404   401      401     401
      DELETE /api/content/images/{id} 401      403   403         403     403     204    403             403   401      401     401
      """;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
    UUID published = givenAnArticle("PUBLISHED", null);
    UUID toArchive = givenAnArticle("PUBLISHED", null);
    UUID toEdit = givenAnArticle("PUBLISHED", null);
    UUID toDelete = givenAnArticle("DRAFT", null);
    UUID shown = givenAnImage(published);
    UUID unused = givenAnImage(null);

    everyEndpoint(MATRIX, published, toArchive, "ARCHIVED", toEdit, toDelete, shown, unused);
  }

  private void everyEndpoint(
      String matrix,
      UUID read,
      UUID toMove,
      String moveTo,
      UUID toEdit,
      UUID toDelete,
      UUID image,
      UUID unusedImage)
      throws Exception {
    AuthorizationMatrix.of(matrix)
        .request("POST /api/content/articles", caller -> newArticle())
        .request("GET /api/content/articles/{id}", caller -> get(path(read)))
        .request("GET /api/content/articles/by-slug/{slug}", caller -> get(bySlug(read)))
        .request("GET /api/content/articles/{id}/history", caller -> get(path(read) + "/history"))
        .request("POST /api/content/articles/{id}/status", caller -> move(toMove, moveTo))
        .request("PUT /api/content/articles/{id}", caller -> edit(toEdit))
        .request("DELETE /api/content/articles/{id}", caller -> delete(path(toDelete)))
        .request("POST /api/content/images", caller -> upload())
        .request("GET /api/content/images/{id}", caller -> get("/api/content/images/" + image))
        .request(
            "DELETE /api/content/images/{id}",
            caller -> delete("/api/content/images/" + unusedImage))
        .verify(mvc, context, TestTokens.shared());
  }

  @Test
  void onlyEditorsAndAuditorsReadADraftById() throws Exception {
    UUID draft = givenAnArticle("DRAFT", null);
    UUID toReview = givenAnArticle("DRAFT", null);
    UUID toEdit = givenAnArticle("DRAFT", null);
    UUID toDelete = givenAnArticle("IN_REVIEW", null);
    UUID unpublished = givenAnImage(draft);
    UUID unused = givenAnImage(null);

    everyEndpoint(DRAFTS, draft, toReview, "IN_REVIEW", toEdit, toDelete, unpublished, unused);
  }

  @ParameterizedTest
  @EnumSource(
      value = Caller.class,
      names = {"TAMPERED", "EXPIRED", "FOREIGN_KEY"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyEditorsAndAuditorsFindDraftsInLists(Caller caller) throws Exception {
    UUID project = UUID.randomUUID();
    UUID published = givenAnArticle("PUBLISHED", project);
    UUID draft = givenAnArticle("DRAFT", project);
    boolean seesDrafts = caller == Caller.EDITOR || caller == Caller.AUDITOR;

    JsonNode listed = json.readTree(list("/api/content/articles?projectId=" + project, caller));
    JsonNode drafts =
        json.readTree(list("/api/content/articles?status=DRAFT&projectId=" + project, caller));

    assertThat(listed.get("items").findValuesAsText("articleId"))
        .containsExactlyInAnyOrderElementsOf(
            seesDrafts
                ? List.of(draft.toString(), published.toString())
                : List.of(published.toString()));
    assertThat(listed.get("totalItems").asLong()).isEqualTo(seesDrafts ? 2 : 1);
    assertThat(drafts.get("totalItems").asLong()).isEqualTo(seesDrafts ? 1 : 0);
  }

  private static MockHttpServletRequestBuilder move(UUID article, String status) {
    return post(path(article) + "/status")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"status\":\"" + status + "\"}");
  }

  private String list(String path, Caller caller) throws Exception {
    MockHttpServletRequestBuilder request = get(path);
    String authorization = caller.authorization(TestTokens.shared());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }

  /** An article the editor {@link #EDITOR} wrote, put straight into {@code status}. */
  private UUID givenAnArticle(String status, UUID project) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into article (id, slug, title, body, language, category, status, project_ids,
                                 created_at, author_id, search_text)
            values (:id, :slug, '访问控制', '正文', 'zh-CN', 'NEWS', :status,
                    case when cast(:project as uuid) is null then '{}'
                         else array[cast(:project as uuid)] end,
                    :at, :author, '访问控制 正文')
            """)
        .param("id", id)
        .param("slug", slugOf(id))
        .param("status", status)
        .param("project", project)
        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
        .param("author", EDITOR)
        .update();
    return id;
  }

  /** An uploaded PNG, the cover of {@code article} (or used by none). */
  private UUID givenAnImage(UUID article) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into image (id, media_type, width, height, size_bytes, sha256, bytes,
                               uploaded_by, uploaded_at)
            values (:id, 'image/png', 1, 1, 1, 'ab', '\\x00', :by, now())
            """)
        .param("id", id)
        .param("by", EDITOR)
        .update();
    if (article != null) {
      jdbc.sql("insert into article_image (article_id, image_id) values (:article, :image)")
          .param("article", article)
          .param("image", id)
          .update();
      jdbc.sql("update article set cover_image_id = :image where id = :article")
          .param("article", article)
          .param("image", id)
          .update();
    }
    return id;
  }

  private static String slugOf(UUID article) {
    return "access-" + article;
  }

  private static String bySlug(UUID article) {
    return "/api/content/articles/by-slug/" + slugOf(article);
  }

  private static MockHttpServletRequestBuilder edit(UUID article) {
    return put(path(article))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"title\":\"周报 二\",\"body\":\"正文\",\"language\":\"zh-CN\"}");
  }

  private static MockHttpServletRequestBuilder upload() {
    return multipart("/api/content/images")
        .file(new MockMultipartFile("file", "red.png", "image/png", TestImages.png(4, 3)));
  }

  private static String path(UUID id) {
    return "/api/content/articles/" + id;
  }

  private static MockHttpServletRequestBuilder newArticle() {
    return post("/api/content/articles")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"title\":\"周报\",\"body\":\"正文\",\"language\":\"zh-CN\"}");
  }
}

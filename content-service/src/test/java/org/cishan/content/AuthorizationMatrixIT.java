package org.cishan.content;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cishan.support.testing.AuthorizationMatrix;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may do what in content-service: every endpoint × every kind of caller, reading a published
 * article; and, as a second table over the same endpoint, who may read a draft (no one but editors
 * and auditors — to everyone else it does not exist).
 */
class AuthorizationMatrixIT extends ContentServiceIntegrationTest {

  static final String MATRIX =
      """
      endpoint                      anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/content/articles    401       403   403         403     403     201    403             403   401      401     401
      GET /api/content/articles     200       200   200         200     200     200    200             200   401      401     401
      GET /api/content/articles/{id} 200      200   200         200     200     200    200             200   401      401     401
      """;

  static final String DRAFTS =
      """
      endpoint                      anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/content/articles    401       403   403         403     403     201    403             403   401      401     401
      GET /api/content/articles     200       200   200         200     200     200    200             200   401      401     401
      GET /api/content/articles/{id} 404      404   404         404     200     200    404             404   401      401     401
      """;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
    UUID published = givenAnArticle("PUBLISHED");

    AuthorizationMatrix.of(MATRIX)
        .request("POST /api/content/articles", caller -> newArticle())
        .request("GET /api/content/articles/{id}", caller -> get(path(published)))
        .verify(mvc, context, TestTokens.shared());
  }

  @Test
  void onlyEditorsAndAuditorsReadADraft() throws Exception {
    UUID draft = givenAnArticle("DRAFT");

    AuthorizationMatrix.of(DRAFTS)
        .request("POST /api/content/articles", caller -> newArticle())
        .request("GET /api/content/articles/{id}", caller -> get(path(draft)))
        .verify(mvc, context, TestTokens.shared());
  }

  private UUID givenAnArticle(String status) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into article (id, title, body, language, category, status, created_at, author_id)
            values (:id, '访问控制', '正文', 'zh-CN', 'NEWS', :status, :at, :author)
            """)
        .param("id", id)
        .param("status", status)
        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
        .param("author", EDITOR)
        .update();
    return id;
  }

  private static String path(UUID id) {
    return "/api/content/articles/" + id;
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      newArticle() {
    return post("/api/content/articles")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"title\":\"周报\",\"body\":\"正文\",\"language\":\"zh-CN\"}");
  }
}

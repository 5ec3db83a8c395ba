package org.cishan.project;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.AuthorizationMatrix;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may do what in project-service: every endpoint × every kind of caller. */
class AuthorizationMatrixIT extends ProjectServiceIntegrationTest {

  static final String MATRIX =
      """
      endpoint               anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/projects     401       403   403         403     403     403    201             403   401      401     401
      GET /api/projects      200       200   200         200     200     200    200             200   401      401     401
      GET /api/projects/{id} 200       200   200         200     200     200    200             200   401      401     401
      """;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
    String projectId = givenAProject();

    AuthorizationMatrix.of(MATRIX)
        .request("POST /api/projects", caller -> newProject())
        .request("GET /api/projects/{id}", caller -> get("/api/projects/" + projectId))
        .verify(mvc, context, TestTokens.shared());
  }

  private String givenAProject() throws Exception {
    String body =
        mvc.perform(
                newProject()
                    .header(
                        "Authorization",
                        "Bearer " + TestTokens.shared().token(OFFICER, Roles.PROJECT_OFFICER)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("projectId").asText();
  }

  private static MockHttpServletRequestBuilder newProject() {
    return post("/api/projects")
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"title":"乡村图书室","fundraisingTarget":{"minorUnits":100000,"currency":"CNY"}}
            """);
  }
}

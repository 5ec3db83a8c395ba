package org.cishan.project;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
      PUT /api/projects/{id}/details 401 403 403         403     403     403    200             403   401      401     401
      POST /api/projects/{id}/status 401 403 403         403     403     403    409             403   401      401     401
      GET /api/projects/{id}/history 401 403 403         403     200     403    200             403   401      401     401
      POST /api/projects/{id}/rectifications 401 403 403 403   403     403    201             403   401      401     401
      POST /api/projects/{id}/rectifications/{itemId}/{action} 401 403 403 403 403 403 200    403   401      401     401
      GET /api/projects/{id}/rectifications 200 200 200  200     200     200    200             200   401      401     401
      GET /api/projects/rectifications/overdue 200 200 200 200   200     200    200             200   401      401     401
      POST /api/projects/{id}/materials/{kind}/{action} 401 403 403 403 403 403 200           403   401      401     401
      GET /api/projects/{id}/materials 200 200 200       200     200     200    200             200   401      401     401
      POST /api/projects/{id}/visits 401 403 403         403     403     403    201             403   401      401     401
      GET /api/projects/{id}/visits 200  200   200         200     200     200    200             200   401      401     401
      POST /api/projects/{id}/evaluations 401 403 403    403     403     403    201             403   401      401     401
      GET /api/projects/{id}/evaluations 200 200 200     200     200     200    200             200   401      401     401
      """;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
    String projectId = givenAProject();
    String approved = givenAnApprovedProject();
    String item = givenARectificationItem(approved);

    AuthorizationMatrix.of(MATRIX)
        .request("POST /api/projects", caller -> newProject())
        .request("GET /api/projects/{id}", caller -> get("/api/projects/" + projectId))
        .request(
            "PUT /api/projects/{id}/details",
            caller ->
                put("/api/projects/" + projectId + "/details")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"category\":\"EDUCATION\"}"))
        // allowed, and refused by the lifecycle: an undescribed draft cannot be approved
        .request(
            "POST /api/projects/{id}/status",
            caller ->
                post("/api/projects/" + projectId + "/status")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"status\":\"APPROVED\"}"))
        .request(
            "GET /api/projects/{id}/history",
            caller -> get("/api/projects/" + projectId + "/history"))
        .request(
            "POST /api/projects/{id}/rectifications",
            caller ->
                post("/api/projects/" + approved + "/rectifications")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(RECTIFICATION))
        .request(
            "POST /api/projects/{id}/rectifications/{itemId}/{action}",
            caller ->
                post("/api/projects/" + approved + "/rectifications/" + item + "/submission")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"note\":\"整改照片与验收单\"}"))
        .request(
            "GET /api/projects/{id}/rectifications",
            caller -> get("/api/projects/" + approved + "/rectifications"))
        .request(
            "POST /api/projects/{id}/materials/{kind}/{action}",
            caller ->
                post("/api/projects/" + approved + "/materials/CLOSING_REPORT/submission")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"note\":\"结项报告 v1\"}"))
        .request(
            "GET /api/projects/{id}/materials",
            caller -> get("/api/projects/" + approved + "/materials"))
        .request(
            "POST /api/projects/{id}/visits",
            caller ->
                post("/api/projects/" + approved + "/visits")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"visitedOn":"2026-11-20","evaluators":["李评估"],"sites":["维新镇"],
                         "observations":"进展顺利"}
                        """))
        .request(
            "GET /api/projects/{id}/visits", caller -> get("/api/projects/" + approved + "/visits"))
        .request(
            "POST /api/projects/{id}/evaluations",
            caller ->
                post("/api/projects/" + approved + "/evaluations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"ratings":[{"criterion":"USE_OF_FUNDS","rating":5},
                                    {"criterion":"PROGRESS","rating":4},
                                    {"criterion":"MANAGEMENT_COMPLIANCE","rating":4},
                                    {"criterion":"OUTCOMES","rating":3},
                                    {"criterion":"BENEFICIARY_SATISFACTION","rating":5}],
                         "conclusion":"GOOD","summary":"良好"}
                        """))
        .request(
            "GET /api/projects/{id}/evaluations",
            caller -> get("/api/projects/" + approved + "/evaluations"))
        .verify(mvc, context, TestTokens.shared());
  }

  static final String RECTIFICATION =
      """
      {"finding":"台账不全","responsibleParty":"石门县民政局","dueDate":"2026-12-31"}
      """;

  private String givenAnApprovedProject() throws Exception {
    String id = givenAProject();
    asOfficer(
        put("/api/projects/" + id + "/details")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"category":"EDUCATION","province":"湖南省","city":"常德市","county":"石门县",
                 "partnerOrganisation":"石门县教育局","plannedStart":"2026-04-01",
                 "plannedEnd":"2027-03-31","approvalReference":"JY-2026-3"}
                """));
    asOfficer(
        post("/api/projects/" + id + "/status")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"APPROVED\"}"));
    return id;
  }

  /** An open item, for the project officer's call to submit. */
  private String givenARectificationItem(String projectId) throws Exception {
    return json.readTree(
            asOfficer(
                post("/api/projects/" + projectId + "/rectifications")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(RECTIFICATION)))
        .get("itemId")
        .asText();
  }

  private String asOfficer(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(
            request.header(
                "Authorization",
                "Bearer " + TestTokens.shared().token(OFFICER, Roles.PROJECT_OFFICER)))
        .andExpect(status().is2xxSuccessful())
        .andReturn()
        .getResponse()
        .getContentAsString();
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

package org.cishan.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.KafkaTopics;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * A project from draft to closure through the API, against the real PostgreSQL and Kafka: only the
 * lifecycle's moves, each recorded (who, when, why) and announced on project.project-events; every
 * refusal a 409 listing all its reasons, storing and announcing nothing.
 */
class ProjectLifecycleIT extends ProjectServiceIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired EmbeddedKafkaBroker kafka;

  static final String DETAILS =
      """
      {"titleEn":"Elderly home renovation","category":"ELDERLY_CARE","province":"湖南省",
       "city":"常德市","county":"石门县","township":"维新镇","partnerOrganisation":"石门县民政局",
       "partnerContact":"0736-1234567","plannedStart":"2026-04-01","plannedEnd":"2027-03-31",
       "approvalReference":"XQ-2026-007"}
      """;

  @Nested
  class MovingThroughTheLifecycle {

    @Test
    void aDescribedDraftIsApprovedImplementedEvaluatedAndClosedEachMoveRecordedAndAnnounced()
        throws Exception {
      String id = draft("敬老院改造");
      assertThat(
              exchange(HttpMethod.PUT, "/api/projects/" + id + "/details", DETAILS)
                  .getStatusCode()
                  .value())
          .isEqualTo(200);

      for (String status : List.of("APPROVED", "IMPLEMENTING", "UNDER_EVALUATION", "CLOSED")) {
        if (status.equals("CLOSED")) {
          acceptEveryClosingMaterial(id);
        }
        ResponseEntity<String> moved = move(id, status, "按计划");
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
        assertThat(json.readTree(moved.getBody()).get("status").asText()).isEqualTo(status);
      }

      JsonNode history =
          json.readTree(
              exchange(HttpMethod.GET, "/api/projects/" + id + "/history", null).getBody());
      assertThat(history.findValuesAsText("to"))
          .containsExactly("APPROVED", "IMPLEMENTING", "UNDER_EVALUATION", "CLOSED");
      assertThat(history.get(0).get("changedBy").asText()).isEqualTo(OFFICER);
      assertThat(history.get(0).get("reason").asText()).isEqualTo("按计划");
      List<ConsumerRecord<String, String>> announced =
          new KafkaTopics(kafka).recordsWithKey(Topics.PROJECT_EVENTS, id, 5, PATIENCE);
      JsonNode approval = json.readTree(announced.get(1).value());
      assertThat(approval.get("type").asText()).isEqualTo("ProjectStatusChanged.v1");
      assertThat(approval.get("status").asText()).isEqualTo("APPROVED");
      assertThat(approval.get("code").asText()).isEqualTo("XQ-2026-007");
      assertThat(approval.get("title").asText()).isEqualTo("敬老院改造");
      assertThat(announced)
          .extracting(r -> json.readTree(r.value()).path("status").asText())
          .containsExactly("", "APPROVED", "IMPLEMENTING", "UNDER_EVALUATION", "CLOSED");
    }

    @Test
    void aProjectIsTerminatedOnlyWithAReason() throws Exception {
      String id = approved("危房改造");

      assertRefused(move(id, "TERMINATED", " "), "a termination needs a reason");
      ResponseEntity<String> terminated = move(id, "TERMINATED", "合作方退出");

      assertThat(terminated.getStatusCode().value()).isEqualTo(200);
      assertRefused(move(id, "IMPLEMENTING", null), "TERMINATED is final");
    }

    @Test
    void listsProjectsByStatusCategoryAndRegion() throws Exception {
      String approved = approved("养老食堂");
      String draft = draft("草稿项目");

      JsonNode page =
          json.readTree(
              exchange(
                      HttpMethod.GET,
                      "/api/projects?size=100&status=APPROVED&category=ELDERLY_CARE&county=石门县",
                      null)
                  .getBody());

      assertThat(page.get("items").findValuesAsText("projectId"))
          .contains(approved)
          .doesNotContain(draft);
      assertThat(
              exchange(HttpMethod.GET, "/api/projects?status=OPEN", null).getStatusCode().value())
          .isEqualTo(400);
    }
  }

  @Nested
  class Refusing {

    @Test
    void approvalOfAnUndescribedDraftNamesEveryMissingDetailAndChangesNothing() throws Exception {
      String id = draft("乡村小学");
      long announcedBefore = new KafkaTopics(kafka).recordCount(Topics.PROJECT_EVENTS);

      ResponseEntity<String> refused = move(id, "APPROVED", null);

      assertRefused(refused, "category is required for approval");
      assertThat(json.readTree(refused.getBody()).get("reasons")).hasSize(8);
      assertThat(status(id)).isEqualTo("DRAFT");
      assertThat(count("select count(*) from project_transition where project_id = '" + id + "'"))
          .isZero();
      assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'"))
          .as("only ProjectCreated")
          .isEqualTo(1);
      assertThat(new KafkaTopics(kafka).recordCount(Topics.PROJECT_EVENTS))
          .isGreaterThanOrEqualTo(announcedBefore);
    }

    @Test
    void aMoveOutsideTheLifecycleSaysWhatIsPossible() throws Exception {
      String id = draft("图书室");

      assertRefused(move(id, "CLOSED", null), "may only move to [APPROVED]");
      assertThat(move(id, "FINISHED", null).getStatusCode().value()).isEqualTo(400);
      assertThat(move(UUID.randomUUID().toString(), "APPROVED", null).getStatusCode().value())
          .isEqualTo(404);
    }

    @Test
    void closureIsBlockedWhileTheLedgerShowsMoneyAllocatedButNotPaidOut() throws Exception {
      String id = approved("移民安置社区");
      move(id, "IMPLEMENTING", null);
      move(id, "UNDER_EVALUATION", null);
      jdbc.sql(
              """
              insert into project_funding (project_id, currency, raised_minor_units,
                     donation_count, allocated_minor_units, disbursed_minor_units)
              values (cast(:id as uuid), 'CNY', 0, 0, 10000, 6000)
              """)
          .param("id", id)
          .update();

      assertRefused(
          move(id, "CLOSED", null),
          "the ledger shows 4000 minor units of CNY allocated but neither disbursed nor returned");
      assertThat(status(id)).isEqualTo("UNDER_EVALUATION");
    }

    @Test
    void closureWaitsForEveryRectificationAndEveryClosingMaterialAndSaysWhichAreMissing()
        throws Exception {
      String id = approved("农业产业园");
      move(id, "IMPLEMENTING", null);
      String item = openItem(id, "2026-01-31");
      move(id, "UNDER_EVALUATION", null);

      ResponseEntity<String> early = move(id, "CLOSED", null);

      assertRefused(early, "rectification item " + item + " is OPEN, not verified");
      assertThat(json.readTree(early.getBody()).get("reasons")).hasSize(6);
      assertThat(early.getBody()).contains("closing material PHOTOS is not accepted");
      JsonNode overdue =
          json.readTree(
              exchange(HttpMethod.GET, "/api/projects/rectifications/overdue?size=100", null)
                  .getBody());
      assertThat(overdue.get("items").findValuesAsText("itemId")).contains(item);
      JsonNode lagging =
          json.readTree(
              exchange(HttpMethod.GET, "/api/projects?size=100&overdueRectifications=true", null)
                  .getBody());
      assertThat(lagging.get("items").findValuesAsText("projectId"))
          .contains(id)
          .doesNotContain(approved("按时完成"));

      assertThat(step(id, item, "verification", null).getStatusCode().value()).isEqualTo(409);
      assertThat(step(id, item, "submission", null).getStatusCode().value()).isEqualTo(400);
      assertThat(step(id, item, "submission", "整改照片").getStatusCode().value()).isEqualTo(200);
      assertThat(step(id, item, "reopening", "照片不清楚").getStatusCode().value()).isEqualTo(200);
      assertThat(step(id, item, "submission", "新的照片").getStatusCode().value()).isEqualTo(200);
      assertThat(step(id, item, "verification", null).getStatusCode().value()).isEqualTo(200);
      assertThat(material(id, "FINANCIAL_STATEMENT", "submission", "财务决算 v1")).isEqualTo(200);
      assertThat(material(id, "FINANCIAL_STATEMENT", "return", "缺少银行流水")).isEqualTo(200);
      acceptEveryClosingMaterial(id);

      ResponseEntity<String> closed = move(id, "CLOSED", "结项");
      assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(200);
      assertThat(
              json.readTree(
                      exchange(HttpMethod.GET, "/api/projects/" + id + "/materials", null)
                          .getBody())
                  .findValuesAsText("status"))
          .containsOnly("ACCEPTED");
      assertThat(openItemAnswer(id, "2027-01-31").getStatusCode().value())
          .as("a closed project is monitored no more")
          .isEqualTo(409);
    }

    @Test
    void recordsVisitsAndEvaluationsAndRefusesAnIncompleteEvaluation() throws Exception {
      String id = approved("饮水安全");
      ResponseEntity<String> visited =
          exchange(
              HttpMethod.POST,
              "/api/projects/" + id + "/visits",
              """
              {"visitedOn":"2026-11-20","evaluators":["李评估","王会计"],
               "sites":["维新镇水厂","皂市镇蓄水池"],"observations":"水管已铺设八成",
               "photos":[{"fileName":"IMG_0001.jpg","caption":"蓄水池","site":"皂市镇蓄水池"}]}
              """);
      assertThat(visited.getStatusCode().value()).as(visited.getBody()).isEqualTo(201);
      ResponseEntity<String> incomplete =
          exchange(
              HttpMethod.POST,
              "/api/projects/" + id + "/evaluations",
              """
              {"ratings":[{"criterion":"USE_OF_FUNDS","rating":5},
                          {"criterion":"USE_OF_FUNDS","rating":4}],
               "conclusion":"GOOD","summary":"资金使用规范"}
              """);
      assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
      assertThat(incomplete.getBody())
          .contains("USE_OF_FUNDS is rated twice", "OUTCOMES is not rated");
      ResponseEntity<String> evaluated =
          exchange(
              HttpMethod.POST,
              "/api/projects/" + id + "/evaluations",
              """
              {"ratings":[{"criterion":"USE_OF_FUNDS","rating":5},{"criterion":"PROGRESS","rating":4},
                          {"criterion":"MANAGEMENT_COMPLIANCE","rating":4},
                          {"criterion":"OUTCOMES","rating":3},
                          {"criterion":"BENEFICIARY_SATISFACTION","rating":5}],
               "conclusion":"GOOD","summary":"资金使用规范，进度略慢"}
              """);
      assertThat(evaluated.getStatusCode().value()).as(evaluated.getBody()).isEqualTo(201);

      JsonNode visits =
          json.readTree(
              exchange(HttpMethod.GET, "/api/projects/" + id + "/visits", null).getBody());
      assertThat(visits.get(0).get("sites").get(1).asText()).isEqualTo("皂市镇蓄水池");
      assertThat(visits.get(0).at("/photos/0/fileName").asText()).isEqualTo("IMG_0001.jpg");
      JsonNode reports =
          json.readTree(
              exchange(HttpMethod.GET, "/api/projects/" + id + "/evaluations", null).getBody());
      assertThat(reports).hasSize(1);
      assertThat(reports.get(0).at("/ratings/OUTCOMES").asInt()).isEqualTo(3);
    }

    @Test
    void anApprovedProjectsDetailsStayAsApproved() throws Exception {
      String id = approved("净水工程");

      assertThat(
              exchange(HttpMethod.PUT, "/api/projects/" + id + "/details", DETAILS)
                  .getStatusCode()
                  .value())
          .isEqualTo(409);
      assertThat(
              exchange(
                      HttpMethod.PUT,
                      "/api/projects/" + id + "/details",
                      "{\"category\":\"SPACE_TRAVEL\"}")
                  .getStatusCode()
                  .value())
          .isEqualTo(400);
    }
  }

  private void acceptEveryClosingMaterial(String id) {
    for (String kind :
        List.of(
            "PROCESS_MATERIALS",
            "CLOSING_REPORT",
            "FINANCIAL_STATEMENT",
            "BENEFICIARY_LIST",
            "PHOTOS")) {
      assertThat(material(id, kind, "submission", kind + " 文档")).isEqualTo(200);
      assertThat(material(id, kind, "acceptance", null)).isEqualTo(200);
    }
  }

  private int material(String id, String kind, String action, String note) {
    return exchange(
            HttpMethod.POST,
            "/api/projects/" + id + "/materials/" + kind + "/" + action,
            note == null ? null : "{\"note\":\"%s\"}".formatted(note))
        .getStatusCode()
        .value();
  }

  private ResponseEntity<String> step(String id, String item, String action, String note) {
    return exchange(
        HttpMethod.POST,
        "/api/projects/" + id + "/rectifications/" + item + "/" + action,
        note == null ? null : "{\"note\":\"%s\"}".formatted(note));
  }

  private String openItem(String id, String due) throws Exception {
    ResponseEntity<String> opened = openItemAnswer(id, due);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    return json.readTree(opened.getBody()).get("itemId").asText();
  }

  private ResponseEntity<String> openItemAnswer(String id, String due) {
    return exchange(
        HttpMethod.POST,
        "/api/projects/" + id + "/rectifications",
        """
        {"finding":"受益人名单未公示","responsibleParty":"石门县民政局","dueDate":"%s"}
        """
            .formatted(due));
  }

  private void assertRefused(ResponseEntity<String> answer, String reason) throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(json.readTree(answer.getBody()).get("reasons").isArray()).isTrue();
    assertThat(answer.getBody()).contains(reason);
  }

  private String draft(String title) throws Exception {
    ResponseEntity<String> created =
        exchange(
            HttpMethod.POST,
            "/api/projects",
            """
            {"title":"%s","fundraisingTarget":{"minorUnits":1000000,"currency":"CNY"}}
            """
                .formatted(title));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return json.readTree(created.getBody()).get("projectId").asText();
  }

  private String approved(String title) throws Exception {
    String id = draft(title);
    exchange(HttpMethod.PUT, "/api/projects/" + id + "/details", DETAILS);
    ResponseEntity<String> approval = move(id, "APPROVED", "立项");
    assertThat(approval.getStatusCode().value()).as(approval.getBody()).isEqualTo(200);
    return id;
  }

  private ResponseEntity<String> move(String id, String status, String reason) throws Exception {
    return exchange(
        HttpMethod.POST,
        "/api/projects/" + id + "/status",
        reason == null
            ? "{\"status\":\"%s\"}".formatted(status)
            : "{\"status\":\"%s\",\"reason\":\"%s\"}".formatted(status, reason));
  }

  private String status(String id) throws Exception {
    return json.readTree(exchange(HttpMethod.GET, "/api/projects/" + id, null).getBody())
        .get("status")
        .asText();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(TestTokens.shared().token(OFFICER, Roles.PROJECT_OFFICER));
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}

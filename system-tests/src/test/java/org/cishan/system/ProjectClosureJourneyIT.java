package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's journey through the gateway: a project is approved, money is allocated and partly paid
 * in the ledger, an early closure is refused naming every reason, and once everything is done the
 * project closes — and the ledger takes no more allocations for it.
 */
class ProjectClosureJourneyIT extends EndToEndTest {

  /**
   * Issue 5's journey: a project is approved, money is allocated and partly paid in the ledger, an
   * early closure is refused naming every reason, and once the rectification is verified, the
   * materials accepted and the money paid out, the project closes — and the ledger takes no more
   * allocations for it.
   */
  @Test
  void aProjectClosesOnlyOnceRectificationsMaterialsAndItsMoneyAreDone() throws Exception {
    String projectId = createProject("助学金 Student grants", 1_000_000);
    String officer = tokenOf("project-officer");
    String finance = tokenOf("finance");
    approveInTheLedger(projectId);
    cashGift(50_000, projectId);
    await("the restricted gift allocated")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(ledgerFunding(projectId).get("allocated").asLong()).isEqualTo(50_000));
    assertAnswered(disburse(projectId, 30_000, "石门县教育局"), 201);
    move(projectId, "IMPLEMENTING", 200);
    HttpResponse<String> opened =
        post(
            system.gateway("/api/projects/" + projectId + "/rectifications"),
            officer,
            Map.of(
                "finding", "受助学生名单未公示",
                "responsibleParty", "石门县教育局",
                "dueDate", "2026-12-31"));
    assertAnswered(opened, 201);
    String item = JSON.readTree(opened.body()).get("itemId").asText();
    move(projectId, "UNDER_EVALUATION", 200);
    await("project-service knows what the ledger paid")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        getJson("/api/projects/" + projectId).at("/disbursed/minorUnits").asLong())
                    .isEqualTo(30_000));

    HttpResponse<String> early = move(projectId, "CLOSED", 409);

    JsonNode reasons = JSON.readTree(early.body()).get("reasons");
    assertThat(reasons.toString())
        .contains("rectification item " + item + " is OPEN")
        .contains("closing material CLOSING_REPORT is not accepted")
        .contains("the ledger shows 20000 minor units of CNY allocated but neither disbursed");
    assertThat(reasons).hasSize(7);

    for (String action : List.of("submission", "verification")) {
      assertAnswered(
          post(
              system.gateway(
                  "/api/projects/" + projectId + "/rectifications/" + item + "/" + action),
              officer,
              Map.of("note", "名单已在村务公开栏公示")),
          200);
    }
    for (String kind :
        List.of(
            "PROCESS_MATERIALS",
            "CLOSING_REPORT",
            "FINANCIAL_STATEMENT",
            "BENEFICIARY_LIST",
            "PHOTOS")) {
      for (String action : List.of("submission", "acceptance")) {
        assertAnswered(
            post(
                system.gateway("/api/projects/" + projectId + "/materials/" + kind + "/" + action),
                officer,
                Map.of("note", kind + " 文档")),
            200);
      }
    }
    assertAnswered(disburse(projectId, 20_000, "石门县教育局"), 201);
    await("project-service knows the money is paid out")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        getJson("/api/projects/" + projectId).at("/disbursed/minorUnits").asLong())
                    .isEqualTo(50_000));

    move(projectId, "CLOSED", 200);

    await("the ledger learned the closure")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(getJson("/api/ledger/projects/" + projectId).get("status").asText())
                    .isEqualTo("CLOSED"));
    cashGift(1_000, null);
    HttpResponse<String> refused =
        post(
            system.gateway("/api/ledger/allocations"),
            finance,
            Map.of(
                "allocationId", UUID.randomUUID().toString(),
                "projectId", projectId,
                "amount", Map.of("minorUnits", 1, "currency", "CNY")));
    assertAnswered(refused, 409);
    assertThat(refused.body()).contains("project-not-accepting-allocations");
  }

  private HttpResponse<String> move(String projectId, String status, int expected)
      throws Exception {
    HttpResponse<String> moved =
        post(
            system.gateway("/api/projects/" + projectId + "/status"),
            tokenOf("project-officer"),
            Map.of("status", status));
    assertAnswered(moved, expected);
    return moved;
  }
}

package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

/**
 * A donation travels from the gateway through the ledger and Kafka into project-service; after a
 * random run of gifts, refunds, releases, allocations, reversals and payments, project-service
 * shows the money the ledger shows.
 */
class LedgerJourneyIT extends EndToEndTest {

  @Test
  void aConfirmedDonationRaisesItsProjectThroughKafkaAndTheGateway() throws Exception {
    String projectId = createProject("花卉种植合作社 Flower-growing cooperative", 2_000_000);
    String donationId = UUID.randomUUID().toString();
    awaitKnownToLedger(projectId);

    HttpResponse<String> donated =
        post(
            "/api/donations",
            Map.of(
                "donationId",
                donationId,
                "donorName",
                "李华",
                "amount",
                Map.of("minorUnits", 12_345, "currency", "CNY"),
                "projectId",
                projectId));

    assertThat(donated.statusCode()).as(donated.body()).isEqualTo(201);
    assertThat(JSON.readTree(donated.body()).get("status").asText()).isEqualTo("PENDING");
    HttpResponse<String> confirmed =
        post(
            system.gateway("/api/donations/" + donationId + "/confirm"),
            tokenOf("finance"),
            Map.of());
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    await("project's raised amount through the gateway")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode project = getJson("/api/projects/" + projectId);
              assertThat(project.at("/raised/minorUnits").asLong()).isEqualTo(12_345);
              assertThat(project.at("/donationCount").asInt()).isEqualTo(1);
            });
    List<ConsumerRecord<String, String>> published =
        new KafkaTopics(kafka)
            .recordsWithKey(Topics.DONATION_EVENTS, donationId, 2, Duration.ofSeconds(30));
    assertThat(published).hasSize(2);
    JsonNode received = JSON.readTree(published.get(0).value());
    JsonNode confirmation = JSON.readTree(published.get(1).value());
    assertThat(received.get("type").asText()).isEqualTo("DonationReceived.v1");
    assertThat(confirmation.get("type").asText()).isEqualTo("DonationConfirmed.v1");
    assertThat(confirmation.get("donationId").asText()).isEqualTo(donationId);
    assertThat(confirmation.get("projectId").asText()).isEqualTo(projectId);
    assertThat(confirmation.at("/amount/minorUnits").asLong()).isEqualTo(12_345);
    await("public totals through the gateway")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(getJson("/api/donations/totals").get("donationCount").asLong())
                    .isGreaterThanOrEqualTo(1));
  }

  /**
   * The ledger's money for a project travels to project-service as integration events; after a
   * random run of gifts, a refund, a release, allocations, a reversal and a payment, both show the
   * same raised, allocated and disbursed money — and the amounts the run implies.
   */
  @Test
  void aProjectsFundingInProjectServiceEqualsTheLedgersOwnView() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String projectId = createProject("移民安置社区 Relocation community", 90_000_000);
    String finance = tokenOf("finance");
    approveInTheLedger(projectId);
    long r1 = fen(random);
    long r2 = fen(random);
    long r3 = fen(random);
    String first = cashGift(r1, projectId);
    String second = cashGift(r2, projectId);
    cashGift(r3, projectId);
    await("the restricted gifts allocated to their approved project when confirmed")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(ledgerFunding(projectId).get("allocated").asLong())
                    .isEqualTo(r1 + r2 + r3));
    reverse(projectId, allocationOf(projectId, first));
    reverse(projectId, allocationOf(projectId, second));
    long refund = 1 + random.nextInt((int) r1 - 1);
    assertAnswered(
        post(
            system.gateway("/api/donations/" + first + "/refunds"),
            finance,
            Map.of(
                "refundId", UUID.randomUUID().toString(),
                "amount", Map.of("minorUnits", refund, "currency", "CNY"),
                "reason", "捐赠人要求退回")),
        200);
    assertAnswered(
        post(
            system.gateway("/api/donations/" + second + "/release-restriction"),
            finance,
            Map.of("reason", "捐赠人同意改为非定向")),
        200);
    long unrestricted = 0;
    for (int i = 0; i < 3; i++) {
      long gift = fen(random);
      unrestricted += gift;
      cashGift(gift, null);
    }
    long kept = 1 + random.nextInt((int) (unrestricted / 2));
    long mistaken = 1 + random.nextInt((int) (unrestricted / 2 - 1));
    String mistakenId = UUID.randomUUID().toString();
    allocateWhenThePoolHasIt(projectId, UUID.randomUUID().toString(), kept);
    allocateWhenThePoolHasIt(projectId, mistakenId, mistaken);
    reverse(projectId, mistakenId);
    long allocated = r3 + kept;
    long paid = 1 + random.nextInt((int) allocated);
    assertAnswered(disburse(projectId, paid, "移民安置办"), 201);

    await("project-service shows what the ledger shows (seed " + seed + ")")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode ledger = ledgerFunding(projectId);
              JsonNode project = getJson("/api/projects/" + projectId).get("funding").get(0);
              assertThat(project.get("currency").asText()).isEqualTo("CNY");
              assertThat(ledger.get("restrictedRaised").asLong())
                  .isEqualTo(project.get("raised").asLong())
                  .isEqualTo(r1 - refund + r3);
              assertThat(ledger.get("allocated").asLong())
                  .isEqualTo(project.get("allocated").asLong())
                  .isEqualTo(allocated);
              assertThat(ledger.get("disbursed").asLong())
                  .isEqualTo(project.get("disbursed").asLong())
                  .isEqualTo(paid);
            });
  }

  /** The allocation that drew from {@code donationId}, as the project's public draws list it. */
  private String allocationOf(String projectId, String donationId) throws Exception {
    for (JsonNode draw :
        getJson("/api/ledger/projects/" + projectId + "/draws?size=100").get("items")) {
      if (draw.get("donationId").asText().equals(donationId)) {
        return draw.get("allocationId").asText();
      }
    }
    throw new AssertionError("no draw of " + donationId);
  }

  private void reverse(String projectId, String allocationId) throws Exception {
    assertAnswered(
        post(
            system.gateway(
                "/api/ledger/projects/" + projectId + "/allocations/" + allocationId + "/reversal"),
            tokenOf("finance"),
            Map.of("reason", "项目选错")),
        200);
  }

  private static long fen(Random random) {
    return 1_000 + random.nextInt(100_000);
  }

  /**
   * Allocates once the pool projection shows the unrestricted gifts (it is eventually consistent).
   */
  private void allocateWhenThePoolHasIt(String projectId, String allocationId, long fen) {
    await("allocation " + allocationId)
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertAnswered(
                    post(
                        system.gateway("/api/ledger/allocations"),
                        tokenOf("finance"),
                        Map.of(
                            "allocationId", allocationId,
                            "projectId", projectId,
                            "amount", Map.of("minorUnits", fen, "currency", "CNY"))),
                    201));
  }
}

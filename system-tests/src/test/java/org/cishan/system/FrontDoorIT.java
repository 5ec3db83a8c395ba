package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The portal's entry: who may do what is enforced at the gateway and again by each service, a bad
 * request or an unknown resource is a problem through the gateway, and a token that was tampered
 * with is refused even for public reading.
 */
class FrontDoorIT extends EndToEndTest {

  @Test
  void aSignedInDonorGivesAndFindsTheGiftAmongTheirOwn() throws Exception {
    String donor = tokenOf("donor");
    String donationId = UUID.randomUUID().toString();

    HttpResponse<String> donated =
        post(system.gateway("/api/donations"), donor, donationBody(donationId));

    assertThat(donated.statusCode()).as(donated.body()).isEqualTo(201);
    await("the gift in the donor's own list")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        getJson("/api/donations/mine", donor)
                            .get("items")
                            .findValuesAsText("donationId"))
                    .contains(donationId));
    assertThat(getJson("/api/identity/me", donor).get("login").asText())
        .isEqualTo("donor@demo.cishan.org");
    assertProblem(get(system.gateway("/api/donations/" + donationId), tokenOf("editor")), 403);
  }

  @Test
  void onlyProjectOfficersCreateProjects() throws Exception {
    URI projects = system.gateway("/api/projects");

    assertProblem(post(projects, null, projectBody()), 401);
    assertProblem(post(projects, tokenOf("donor"), projectBody()), 403);
    assertProblem(post(projects, tokenOf("admin"), projectBody()), 403);
    assertThat(post(projects, tokenOf("project-officer"), projectBody()).statusCode())
        .isEqualTo(201);
  }

  @Test
  void aRequestThatBypassesTheGatewayIsRefusedTheSameWay() throws Exception {
    URI direct = system.direct("project-service", "/api/projects");

    assertProblem(post(direct, null, projectBody()), 401);
    assertProblem(post(direct, tokenOf("donor"), projectBody()), 403);
    String forged = TestTokens.tamper(tokenOf("donor"), "PROJECT_OFFICER");
    assertProblem(post(direct, forged, projectBody()), 401);
  }

  @Test
  void aTamperedTokenIsRefusedAtTheGatewayEvenForPublicReading() throws Exception {
    String forged = TestTokens.tamper(tokenOf("donor"), "FINANCE", "AUDITOR");

    HttpResponse<String> refused = get(system.gateway("/api/donations/totals"), forged);

    assertProblem(refused, 401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
  }

  @Test
  void anInvalidDonationIsRefusedThroughTheGatewayWithAProblemNamingTheField() throws Exception {
    HttpResponse<String> refused =
        post(
            "/api/donations",
            Map.of(
                "donationId", UUID.randomUUID().toString(),
                "donorName", "王芳",
                "amount", Map.of("minorUnits", 0, "currency", "CNY")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("amount.minorUnits");
  }

  @Test
  void anUnknownProjectIsA404ProblemThroughTheGateway() throws Exception {
    HttpResponse<String> missing = get("/api/projects/" + UUID.randomUUID());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private static Map<String, Object> projectBody() {
    return Map.of(
        "title",
        "访问控制 Access control",
        "description",
        "End-to-end test project",
        "fundraisingTarget",
        Map.of("minorUnits", 100_000, "currency", "CNY"));
  }

  private static Map<String, Object> donationBody(String donationId) {
    return Map.of(
        "donationId",
        donationId,
        "donorName",
        "张三",
        "amount",
        Map.of("minorUnits", 800, "currency", "CNY"));
  }
}

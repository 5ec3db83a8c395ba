package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cishan.support.testing.AuthorizationMatrix;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.cishan.support.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what in donation-service: every endpoint × every kind of caller. {@code donor} gave
 * the fixture donation while signed in; {@code other-donor} did not.
 */
class AuthorizationMatrixIT extends DonationServiceIntegrationTest {

  static final String MATRIX =
      """
      endpoint                  anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/donations       201       201   201         201     201     201    201             201   401      401     401
      GET /api/donations/totals 200       200   200         200     200     200    200             200   401      401     401
      GET /api/donations/totals/daily 200 200   200         200     200     200    200             200   401      401     401
      GET /api/donations/mine   401       200   200         403     403     403    403             403   401      401     401
      GET /api/donations/{id}   401       200   404         200     200     403    403             403   401      401     401
      GET /api/donations/pending 401      403   403         200     200     403    403             403   401      401     401
      POST /api/donations/{id}/confirm 401 403 403         200     403     403    403             403   401      401     401
      POST /api/donations/{id}/void 401   403   403         200     403     403    403             403   401      401     401
      POST /api/donations/{id}/refunds 401 403  403         200     403     403    403             403   401      401     401
      POST /api/donations/{id}/release-restriction 401 403 403 200  403     403    403             403   401      401     401
      GET /api/donations/{id}/trail 401   200   404         200     200     403    403             403   401      401     401
      GET /api/donations/{id}/receipt 401 200   404         200     200     403    403             403   401      401     401
      POST /api/ledger/allocations 401    403   403         201     403     403    403             403   401      401     401
      POST /api/ledger/projects/{projectId}/allocations/{allocationId}/reversal 401 403 403 200 403 403 403 403 401 401 401
      POST /api/ledger/projects/{projectId}/disbursements 401 403 403 201 403 403 403 403 401 401 401
      GET /api/ledger/projects/{projectId} 200 200 200       200     200     200    200             200   401      401     401
      GET /api/ledger/projects/{projectId}/draws 200 200 200  200     200     200    200             200   401      401     401
      GET /api/ledger/pool      401       403   403         200     200     403    403             403   401      401     401
      GET /api/ledger/journal   401       403   403         200     200     403    403             403   401      401     401
      GET /api/ledger/dead-letters 401    403   403         403     200     403    403             200   401      401     401
      POST /api/ledger/dead-letters/{processor}/retry 401 403 403 403 403 403 403           200   401      401     401
      # an administrator passes the check and learns the sequence is not parked
      POST /api/ledger/dead-letters/{processor}/sequences/{sequenceId}/retry 401 403 403 403 403 403 403 404 401 401 401
      POST /api/ledger/dead-letters/{processor}/sequences/{sequenceId}/eviction 401 403 403 403 403 403 403 404 401 401 401
      """;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
    UUID owned = givenADonationOfTheDonor();
    UUID toConfirm = UUID.randomUUID();
    UUID toVoid = UUID.randomUUID();
    mvc.perform(newDonation(toConfirm)).andExpect(status().isCreated());
    mvc.perform(newDonation(toVoid)).andExpect(status().isCreated());
    confirm(owned);
    awaitReceiptOf(owned);
    Instant before = Instant.now().minusSeconds(60);
    UUID toRefund = cashGift(100, "CAD", null, false, before);
    UUID project = approvedProject("矩阵项目");
    UUID draft = knownProject("DRAFT", "矩阵草案", Instant.now());
    UUID toRelease = cashGift(100, "NZD", draft, false, before);
    cashGift(10_000, "NZD", null, false, before);
    awaitUnrestrictedPool("NZD", 10_000);
    UUID toReverse = UUID.randomUUID();
    assertThat(allocate(toReverse, project, 1_000, "NZD").getStatusCode().value()).isEqualTo(201);
    UUID paying = approvedProject("矩阵拨付");
    assertThat(allocate(UUID.randomUUID(), paying, 1_000, "NZD").getStatusCode().value())
        .isEqualTo(201);

    AuthorizationMatrix.of(MATRIX)
        .request("POST /api/donations", caller -> newDonation())
        .request(
            "GET /api/donations/totals/daily",
            caller -> get("/api/donations/totals/daily?from=2026-03-01&to=2026-03-31"))
        .request("GET /api/donations/{id}", caller -> get("/api/donations/" + owned))
        .request(
            "POST /api/donations/{id}/confirm",
            caller -> post("/api/donations/" + toConfirm + "/confirm"))
        .request(
            "POST /api/donations/{id}/void",
            caller ->
                post("/api/donations/" + toVoid + "/void")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"the payment was cancelled\"}"))
        .request(
            "POST /api/donations/{id}/refunds",
            caller ->
                post("/api/donations/" + toRefund + "/refunds")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"refundId":"%s","amount":{"minorUnits":1,"currency":"CAD"},
                         "reason":"捐赠人要求退回"}
                        """
                            .formatted(UUID.randomUUID())))
        .request(
            "POST /api/donations/{id}/release-restriction",
            caller ->
                post("/api/donations/" + toRelease + "/release-restriction")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"项目终止，捐赠人同意\"}"))
        .request(
            "GET /api/donations/{id}/trail", caller -> get("/api/donations/" + owned + "/trail"))
        .request(
            "GET /api/donations/{id}/receipt",
            caller -> get("/api/donations/" + owned + "/receipt"))
        .request(
            "POST /api/ledger/allocations",
            caller ->
                post("/api/ledger/allocations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"allocationId":"%s","projectId":"%s",
                         "amount":{"minorUnits":100,"currency":"NZD"}}
                        """
                            .formatted(UUID.randomUUID(), project)))
        .request(
            "POST /api/ledger/projects/{projectId}/allocations/{allocationId}/reversal",
            caller ->
                post(ledgerProject(project) + "/allocations/" + toReverse + "/reversal")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"项目选错\"}"))
        .request(
            "POST /api/ledger/projects/{projectId}/disbursements",
            caller ->
                post(ledgerProject(paying) + "/disbursements")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"disbursementId":"%s","amount":{"minorUnits":100,"currency":"NZD"},
                         "partner":"石门县民政局","voucherReference":"记-1"}
                        """
                            .formatted(UUID.randomUUID())))
        .request("GET /api/ledger/projects/{projectId}", caller -> get(ledgerProject(project)))
        .request(
            "GET /api/ledger/projects/{projectId}/draws",
            caller -> get(ledgerProject(project) + "/draws"))
        .request(
            "GET /api/ledger/journal", caller -> get("/api/ledger/journal?date=" + LocalDate.now()))
        .request(
            "POST /api/ledger/dead-letters/{processor}/retry",
            caller -> post("/api/ledger/dead-letters/donation-summaries/retry"))
        .request(
            "POST /api/ledger/dead-letters/{processor}/sequences/{sequenceId}/retry",
            caller ->
                post(
                    "/api/ledger/dead-letters/donation-summaries/sequences/"
                        + UUID.randomUUID()
                        + "/retry"))
        .request(
            "POST /api/ledger/dead-letters/{processor}/sequences/{sequenceId}/eviction",
            caller ->
                post("/api/ledger/dead-letters/donation-summaries/sequences/"
                        + UUID.randomUUID()
                        + "/eviction")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"矩阵\"}"))
        .verify(mvc, context, TestTokens.shared());
  }

  private void awaitReceiptOf(UUID donationId) {
    await("the receipt of " + donationId)
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                mvc.perform(
                        get("/api/donations/" + donationId + "/receipt")
                            .header(
                                "Authorization", Caller.FINANCE.authorization(TestTokens.shared())))
                    .andExpect(status().isOk()));
  }

  private UUID givenADonationOfTheDonor() throws Exception {
    UUID id = UUID.randomUUID();
    mvc.perform(
            newDonation(id)
                .header("Authorization", Caller.DONOR.authorization(TestTokens.shared())))
        .andExpect(status().isCreated());
    await("the donation in the donor's view")
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                mvc.perform(
                        get("/api/donations/" + id)
                            .header(
                                "Authorization", Caller.DONOR.authorization(TestTokens.shared())))
                    .andExpect(status().isOk()));
    return id;
  }

  private static MockHttpServletRequestBuilder newDonation() {
    return newDonation(UUID.randomUUID());
  }

  private static MockHttpServletRequestBuilder newDonation(UUID id) {
    return post("/api/donations")
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"donationId":"%s","donorName":"张三","amount":{"minorUnits":100,"currency":"CNY"}}
            """
                .formatted(id));
  }
}

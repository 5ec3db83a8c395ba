package org.cishan.donation;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
        .verify(mvc, context, TestTokens.shared());
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

package org.cishan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.support.testing.AuthorizationCodeFlow;
import org.cishan.support.testing.AuthorizationCodeFlow.FlowFailed;
import org.cishan.support.testing.AuthorizationCodeFlow.LoginRejected;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Staff accounts, the ADMIN rule and disabling. */
class AccountAdministrationIT extends IdentityItSupport {

  @Nested
  class Administration {

    @Test
    void anAdminCreatesAStaffAccountWithSeveralRoles() throws Exception {
      String login = "staff-" + UUID.randomUUID() + "@cishan.org";

      Api.Response created =
          api()
              .post(
                  "/api/identity/staff",
                  adminToken(),
                  Map.of(
                      "login",
                      login,
                      "displayName",
                      "李四",
                      "roles",
                      List.of("FINANCE", "AUDITOR"),
                      "initialPassword",
                      "initial-password-1"));

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.location())
          .isEqualTo("/api/identity/accounts/" + created.json().path("id").asText());
      assertThat(created.json().path("roles").toString()).isEqualTo("[\"AUDITOR\",\"FINANCE\"]");
      String token = portal().login(login, "initial-password-1").accessToken();
      assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles"))
          .containsExactly("AUDITOR", "FINANCE");
    }

    @Test
    void aStaffLoginThatExistsConflicts() {
      Map<String, Object> request =
          Map.of(
              "login", "finance@demo.cishan.org",
              "displayName", "Again",
              "roles", List.of("FINANCE"),
              "initialPassword", "initial-password-1");

      assertThat(api().post("/api/identity/staff", adminToken(), request).statusCode())
          .isEqualTo(409);
    }

    @Test
    void nonAdminsAreForbiddenAndAnonymousCallersUnauthenticated() {
      Map<String, Object> request =
          Map.of(
              "login",
              uniqueEmail(),
              "displayName",
              "X",
              "roles",
              List.of("ADMIN"),
              "initialPassword",
              "initial-password-1");
      String donor = portal().login("donor@demo.cishan.org", "demo-donor-pass").accessToken();
      String finance = portal().login("finance@demo.cishan.org", "demo-finance-pass").accessToken();

      Api.Response asDonor = api().post("/api/identity/staff", donor, request);
      Api.Response asFinance = api().post("/api/identity/keys/rotate", finance, Map.of());
      Api.Response anonymous = api().post("/api/identity/staff", null, request);

      assertThat(asDonor.statusCode()).isEqualTo(403);
      assertThat(asDonor.contentType()).startsWith("application/problem+json");
      assertThat(asFinance.statusCode()).isEqualTo(403);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
      assertThat(api().get("/api/identity/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountRevokesItsRefreshTokensAndBlocksSignIn() {
      String login = registeredDonor("refresh-password-1");
      AuthorizationCodeFlow.Tokens tokens = demoClient().login(login, "refresh-password-1");
      AuthorizationCodeFlow.Tokens refreshed = demoClient().refresh(tokens.refreshToken());
      String id = api().get("/api/identity/me", refreshed.accessToken()).json().path("id").asText();

      Api.Response disabled =
          api().post("/api/identity/accounts/" + id + "/disable", adminToken(), Map.of());

      assertThat(disabled.statusCode()).isEqualTo(200);
      assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
      assertThatThrownBy(() -> demoClient().refresh(refreshed.refreshToken()))
          .isInstanceOfSatisfying(
              FlowFailed.class,
              failed -> {
                assertThat(failed.status()).isEqualTo(400);
                assertThat(failed.body()).contains("invalid_grant");
              });
      assertThatThrownBy(() -> portal().login(login, "refresh-password-1"))
          .isInstanceOf(LoginRejected.class);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccountAndUnknownAccountsAreNotFound() {
      String admin = adminToken();
      String adminId = api().get("/api/identity/me", admin).json().path("id").asText();

      assertThat(
              api()
                  .post("/api/identity/accounts/" + adminId + "/disable", admin, Map.of())
                  .statusCode())
          .isEqualTo(409);
      assertThat(
              api()
                  .post("/api/identity/accounts/" + UUID.randomUUID() + "/disable", admin, Map.of())
                  .statusCode())
          .isEqualTo(404);
    }
  }
}

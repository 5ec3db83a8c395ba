package org.cishan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cishan.support.testing.AuthorizationCodeFlow;
import org.cishan.support.testing.AuthorizationCodeFlow.LoginRejected;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Registering, signing in through the real authorization-code flow, and lockout. */
class IdentityFlowIT extends IdentityItSupport {

  @Nested
  class Registration {

    @Test
    void aDonorRegistersAndSignsInWithTheChosenPassword() {
      String login = uniqueEmail().toUpperCase();

      Api.Response response = api().registerDonor(" " + login + " ", "张三", "a-long-secret-1");

      assertThat(response.statusCode()).isEqualTo(202);
      assertThat(response.json().path("login").asText()).isEqualTo(login.toLowerCase());
      assertThat(portal().login(login.toLowerCase(), "a-long-secret-1").accessToken()).isNotBlank();
    }

    @Test
    void registeringAnExistingLoginAnswersExactlyAlikeAndChangesNothing() {
      String login = uniqueEmail();

      Api.Response first = api().registerDonor(login, "First", "first-password-1");
      Api.Response second = api().registerDonor(login, "Second", "second-password-2");

      assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(202);
      assertThat(second.body()).isEqualTo(first.body());
      assertThat(portal().login(login, "first-password-1").accessToken()).isNotBlank();
      assertThatThrownBy(() -> portal().login(login, "second-password-2"))
          .isInstanceOf(LoginRejected.class);
    }

    @Test
    void aWeakPasswordIsRejectedWithProblemJsonNamingTheField() {
      Api.Response response = api().registerDonor(uniqueEmail(), "张三", "short");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().path("errors").get(0).path("field").asText())
          .isEqualTo("password");
    }

    @Test
    void somethingThatIsNeitherEmailNorMobileIsRejected() {
      Api.Response response = api().registerDonor("not-a-login", "张三", "a-long-secret-1");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("login");
    }
  }

  @Nested
  class SigningIn {

    @Test
    void yieldsAnAccessTokenThatVerifiesAgainstThePublishedJwksWithTheAccountsClaims()
        throws Exception {
      String login = registeredDonor("donor-password-1");

      AuthorizationCodeFlow.Tokens tokens = portal().login(login, "donor-password-1");
      Jwt jwt = decoderFromPublishedJwks().decode(tokens.accessToken());
      JsonNode me = api().get("/api/identity/me", tokens.accessToken()).json();

      assertThat(jwt.getSubject()).isEqualTo(me.path("id").asText());
      assertThat(jwt.getClaimAsStringList("roles")).containsExactly("DONOR");
      assertThat(jwt.getClaimAsString("name")).isEqualTo("捐赠人");
      assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
      assertThat(jwt.getAudience()).containsExactly("cishan");
      assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
          .isEqualTo(Duration.ofMinutes(5));
      assertThat(tokens.idToken()).isNotBlank();
      assertThat(tokens.refreshToken()).as("public clients get no refresh token").isNull();
      assertThat(me.path("login").asText()).isEqualTo(login);
      assertThat(me.path("roles").toString()).isEqualTo("[\"DONOR\"]");
    }

    @Test
    void discoveryAdvertisesTheConfiguredIssuerAndItsJwksAndHealthIsPublic() {
      JsonNode discovery = api().get("/.well-known/openid-configuration", null).json();

      assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER);
      assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
      assertThat(api().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyDemoAccountSignsInWithItsRole() throws Exception {
      for (String role :
          List.of("donor", "finance", "auditor", "editor", "project-officer", "admin")) {
        String token =
            portal().login(role + "@demo.cishan.org", "demo-" + role + "-pass").accessToken();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles"))
            .containsExactly(role.toUpperCase().replace('-', '_'));
      }
    }

    @Test
    void wrongPasswordUnknownAccountLockedAndDisabledAllLookTheSame() {
      String wrongPassword = registeredDonor("right-password-1");
      String locked = registeredDonor("right-password-2");
      for (int i = 0; i < 5; i++) {
        rejection(locked, "wrong-password-x");
      }
      String disabled = registeredDonor("right-password-3");
      String disabledId =
          api()
              .get("/api/identity/me", portal().login(disabled, "right-password-3").accessToken())
              .json()
              .path("id")
              .asText();
      api().post("/api/identity/accounts/" + disabledId + "/disable", adminToken(), Map.of());

      List<LoginRejected> rejections =
          List.of(
              rejection(wrongPassword, "wrong-password-1"),
              rejection(uniqueEmail(), "right-password-1"),
              rejection(locked, "right-password-2"),
              rejection(disabled, "right-password-3"));

      assertThat(rejections.get(0).errorMessage()).isNotBlank();
      assertThat(rejections)
          .extracting(LoginRejected::errorMessage)
          .containsOnly(rejections.get(0).errorMessage());
      assertThat(rejections)
          .extracting(LoginRejected::redirect)
          .containsOnly(rejections.get(0).redirect());
    }
  }

  @Nested
  class Lockout {

    @Test
    void afterFiveFailuresEvenTheRightPasswordFailsUntilTheLockPeriodIsOver() {
      String login = registeredDonor("right-password-9");
      for (int i = 0; i < 4; i++) {
        rejection(login, "wrong-password-" + i);
      }
      assertThat(portal().login(login, "right-password-9").accessToken())
          .as("four failures do not lock; success resets the count")
          .isNotBlank();
      for (int i = 0; i < 5; i++) {
        rejection(login, "wrong-password-" + i);
      }

      rejection(login, "right-password-9");
      clock.advance(Duration.ofMinutes(14));
      rejection(login, "right-password-9");
      clock.advance(Duration.ofMinutes(1).plusSeconds(1));

      assertThat(portal().login(login, "right-password-9").accessToken()).isNotBlank();
    }
  }
}

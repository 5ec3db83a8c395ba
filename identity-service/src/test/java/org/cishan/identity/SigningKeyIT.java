package org.cishan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.util.Map;
import org.cishan.identity.token.SigningKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Key rotation and tokens the service did not issue. */
class SigningKeyIT extends IdentityItSupport {

  @Nested
  class KeyRotation {

    @Test
    void tokensSignedBeforeARotationStillVerifyAndNewTokensUseTheNewKey() throws Exception {
      String login = registeredDonor("rotate-password-1");
      String before = portal().login(login, "rotate-password-1").accessToken();

      Api.Response rotated = api().post("/api/identity/keys/rotate", adminToken(), Map.of());
      String after = portal().login(login, "rotate-password-1").accessToken();

      assertThat(rotated.statusCode()).isEqualTo(200);
      String newKid = rotated.json().path("activeKid").asText();
      assertThat(rotated.json().path("retiredKid").asText()).isEqualTo(kid(before));
      assertThat(newKid).isNotEqualTo(kid(before));
      assertThat(kid(after)).isEqualTo(newKid);
      JsonNode jwks = api().get("/oauth2/jwks", null).json().path("keys");
      assertThat(jwks.findValuesAsText("kid")).contains(kid(before), newKid);
      assertThat(jwks.findValues("d")).as("no private key material is published").isEmpty();
      assertThat(decoderFromPublishedJwks().decode(before).getSubject())
          .isEqualTo(decoderFromPublishedJwks().decode(after).getSubject());
      assertThat(api().get("/api/identity/me", before).statusCode()).isEqualTo(200);
    }
  }

  @Nested
  class ScheduledKeyRotation {

    @Autowired SigningKeys signingKeys;

    @Test
    void happensOnceTheActiveKeyIsAsOldAsTheRotationPeriod() {
      // Start from a key made at this clock's "now": other tests (possibly in another application
      // context with its own clock, on the same database) may have rotated at other times.
      String before = signingKeys.rotate().activeKid();

      assertThat(signingKeys.rotateIfDue()).isFalse();
      clock.advance(Duration.ofDays(30));
      assertThat(signingKeys.rotateIfDue()).isTrue();

      assertThat(signingKeys.activeKid()).isNotEqualTo(before);
      assertThat(signingKeys.published()).extracting(JWK::getKeyID).contains(before);
    }
  }

  @Nested
  class ForeignTokens {

    @Test
    void aTamperedTokenIsUnauthenticated() {
      String token = portal().login("donor@demo.cishan.org", "demo-donor-pass").accessToken();
      String[] parts = token.split("\\.");
      String tampered = parts[0] + "." + parts[1] + "x." + parts[2];

      assertThat(api().get("/api/identity/me", tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() throws Exception {
      String token = portal().login("donor@demo.cishan.org", "demo-donor-pass").accessToken();

      assertThat(api().get("/api/identity/me", ForeignSigner.resign(token)).statusCode())
          .isEqualTo(401);
    }
  }
}

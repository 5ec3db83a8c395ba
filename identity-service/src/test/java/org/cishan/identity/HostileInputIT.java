package org.cishan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: identity-service's JSON endpoints and query strings read strictly, too. */
class HostileInputIT extends IdentityItSupport {

  @Test
  void aDisplayNameWithANulIsRefusedNamingIt() {
    Api.Response refused =
        api().registerDonor(uniqueEmail(), "捐赠人\u0000", "a long enough passphrase");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("displayName");
    assertThat(refused.json().at("/errors/0/message").asText())
        .isEqualTo("contains a control character (U+0000)");
  }

  @Test
  void anUnknownRoleIsRefusedNamingTheAllowedOnes() {
    Api.Response refused =
        api()
            .post(
                "/api/identity/staff",
                adminToken(),
                Map.of(
                    "login",
                    uniqueEmail(),
                    "displayName",
                    "X",
                    "roles",
                    List.of("FINANCE", "SUPERUSER"),
                    "initialPassword",
                    "initial-password-1"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("roles[1]");
    assertThat(refused.json().at("/errors/0/message").asText()).startsWith("must be one of ");
  }

  @Test
  void aNulInTheQueryIsRefusedBeforeSignInOrSecurity() throws Exception {
    for (String path : List.of("/api/identity/me?x=%00", "/login?error=%00")) {
      HttpResponse<String> refused =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(api().base().resolve(URI.create(path))).GET().build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }
}

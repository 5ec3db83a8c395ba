package org.cishan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.UUID;
import org.cishan.support.testing.AuthorizationCodeFlow;
import org.cishan.support.testing.AuthorizationCodeFlow.LoginRejected;
import org.cishan.support.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service for integration tests: random port, a fresh PostgreSQL database, demo
 * accounts, the demo client, a mutable clock and fast lockout delays. Every IT extends it, so all
 * share one application context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cishan.identity.issuer=" + IdentityItSupport.ISSUER,
      "cishan.identity.demo-accounts=true",
      "cishan.identity.password-hash-strength=10",
      "cishan.identity.portal-client.redirect-uris=" + IdentityItSupport.CALLBACK,
      "cishan.identity.demo-client.secret=" + IdentityItSupport.DEMO_SECRET,
      "cishan.identity.demo-client.redirect-uris=" + IdentityItSupport.CALLBACK,
      "cishan.identity.lockout.base-delay=PT0.01S",
      "cishan.identity.lockout.max-delay=PT0.02S"
    })
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
abstract class IdentityItSupport {

  static final String ISSUER = "http://identity.cishan.test";
  static final String CALLBACK = "http://127.0.0.1/test-callback";
  static final String DEMO_SECRET = "test-demo-client-secret";
  static final TestDatabase DB = TestDatabase.fresh("cishan_identity_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.registerDataSource(registry);
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired ObjectMapper json;

  Api api() {
    return new Api(URI.create("http://127.0.0.1:" + port), json);
  }

  AuthorizationCodeFlow portal() {
    return AuthorizationCodeFlow.of(api().base(), "cishan-portal", URI.create(CALLBACK));
  }

  AuthorizationCodeFlow demoClient() {
    return AuthorizationCodeFlow.of(api().base(), "cishan-demo", URI.create(CALLBACK))
        .withClientSecret(DEMO_SECRET);
  }

  String adminToken() {
    return portal().login("admin@demo.cishan.org", "demo-admin-pass").accessToken();
  }

  static String uniqueEmail() {
    return "donor-" + UUID.randomUUID() + "@example.org";
  }

  String registeredDonor(String password) {
    String login = uniqueEmail();
    assertThat(api().registerDonor(login, "捐赠人", password).statusCode()).isEqualTo(202);
    return login;
  }

  JwtDecoder decoderFromPublishedJwks() {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(api().base().resolve("/oauth2/jwks").toString()).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
    return decoder;
  }

  static String kid(String token) throws Exception {
    return SignedJWT.parse(token).getHeader().getKeyID();
  }

  LoginRejected rejection(String login, String password) {
    try {
      portal().login(login, password);
    } catch (LoginRejected rejected) {
      return rejected;
    }
    throw new AssertionError("sign-in of " + login + " was expected to fail");
  }
}

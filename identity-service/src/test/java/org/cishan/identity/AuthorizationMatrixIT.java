package org.cishan.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.cishan.identity.token.RsaKeys;
import org.cishan.identity.token.SigningKeys;
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
 * Who may do what in identity-service, with real tokens: each staff column signs in as its demo
 * account, the donors are registered donors, the broken tokens are made from genuine ones (roles
 * rewritten, expired but signed with the service's own active key, re-signed by a foreign key).
 */
class AuthorizationMatrixIT extends IdentityItSupport {

  static final String MATRIX =
      """
      endpoint                                 anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      POST /api/identity/donors                202       202   202         202     202     202    202             202   401      401     401
      GET /api/identity/me                     401       200   200         200     200     200    200             200   401      401     401
      POST /api/identity/staff                 401       403   403         403     403     403    403             201   401      401     401
      GET /api/identity/accounts/{id}          401       403   403         403     403     403    403             200   401      401     401
      POST /api/identity/accounts/{id}/disable 401       403   403         403     403     403    403             200   401      401     401
      POST /api/identity/keys/rotate           401       403   403         403     403     403    403             200   401      401     401
      """;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired SigningKeys signingKeys;

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
    Map<Caller, String> tokens = tokensOfEveryCaller();
    String adminToken = tokens.get(Caller.ADMIN);
    String someAccount = TestTokens.claimsOf(tokens.get(Caller.OTHER_DONOR)).getSubject();

    AuthorizationMatrix.of(MATRIX)
        .request(
            "POST /api/identity/donors",
            caller ->
                json(
                    post("/api/identity/donors"),
                    """
                    {"login":"%s","displayName":"捐赠人","password":"a long enough passphrase"}
                    """
                        .formatted(uniqueEmail())))
        .request(
            "POST /api/identity/staff",
            caller ->
                json(
                    post("/api/identity/staff"),
                    """
                    {"login":"%s","displayName":"编辑","roles":["EDITOR"],
                     "initialPassword":"a long enough passphrase"}
                    """
                        .formatted(uniqueEmail())))
        .request("GET /api/identity/accounts/{id}", caller -> get(accountPath(someAccount)))
        .request(
            "POST /api/identity/accounts/{id}/disable",
            caller -> post(accountPath(freshStaffAccount(adminToken)) + "/disable"))
        .request("POST /api/identity/keys/rotate", caller -> post("/api/identity/keys/rotate"))
        .verify(mvc, context, caller -> authorization(tokens.get(caller)));
  }

  private Map<Caller, String> tokensOfEveryCaller() throws Exception {
    Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    String password = "a long enough passphrase";
    tokens.put(Caller.DONOR, portal().login(registeredDonor(password), password).accessToken());
    tokens.put(
        Caller.OTHER_DONOR, portal().login(registeredDonor(password), password).accessToken());
    for (Caller staff :
        new Caller[] {
          Caller.FINANCE, Caller.AUDITOR, Caller.EDITOR, Caller.PROJECT_OFFICER, Caller.ADMIN
        }) {
      String role = staff.column();
      tokens.put(
          staff, portal().login(role + "@demo.cishan.org", "demo-" + role + "-pass").accessToken());
    }
    String admin = tokens.get(Caller.ADMIN);
    String adminId = TestTokens.claimsOf(admin).getSubject();
    tokens.put(Caller.TAMPERED, TestTokens.tamper(tokens.get(Caller.DONOR), "DONOR", "ADMIN"));
    tokens.put(
        Caller.EXPIRED,
        TestTokens.signingWith(RsaKeys.toJwk(signingKeys.ensureActiveKey()), URI.create(ISSUER))
            .expired(adminId, "ADMIN"));
    tokens.put(Caller.FOREIGN_KEY, ForeignSigner.resign(admin));
    return tokens;
  }

  private String freshStaffAccount(String adminToken) {
    Api.Response created =
        api()
            .post(
                "/api/identity/staff",
                adminToken,
                Map.of(
                    "login",
                    uniqueEmail(),
                    "displayName",
                    "临时",
                    "roles",
                    java.util.List.of("EDITOR"),
                    "initialPassword",
                    "a long enough passphrase"));
    return created.json().get("id").asText();
  }

  private static String accountPath(String id) {
    return "/api/identity/accounts/" + UUID.fromString(id);
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static String authorization(String token) {
    return token == null ? null : "Bearer " + token;
  }
}

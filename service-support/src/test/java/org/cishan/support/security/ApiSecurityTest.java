package org.cishan.support.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.TreeSet;
import org.cishan.support.testing.AuthorizationMatrix;
import org.cishan.support.testing.TestTokens;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ApiSecurityTest.SampleController.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@Import({ProblemDetailsAdvice.class, ApiSecurityTest.SampleController.class})
class ApiSecurityTest {

  private static final TestTokens TOKENS = TestTokens.shared();

  @SpringBootApplication
  static class SampleApplication {

    @Bean
    AccessRules sampleRules() {
      return rules ->
          rules
              .requestMatchers(HttpMethod.GET, "/samples/public", "/samples/refused-inside")
              .permitAll()
              .requestMatchers(HttpMethod.POST, "/samples/finance")
              .hasRole(Roles.FINANCE)
              .requestMatchers(HttpMethod.GET, "/samples/me")
              .authenticated();
    }
  }

  @RestController
  static class SampleController {

    @GetMapping("/samples/public")
    String open() {
      return "open";
    }

    @PostMapping("/samples/finance")
    String finance() {
      return "done";
    }

    @GetMapping("/samples/me")
    Actor me(Actor actor) {
      return actor;
    }

    @GetMapping("/samples/refused-inside")
    String refusedInside() {
      throw new AccessDeniedException("method security said no");
    }

    @GetMapping("/samples/forgotten")
    String forgotten() {
      return "nobody wrote a rule for this";
    }
  }

  @DynamicPropertySource
  static void tokens(DynamicPropertyRegistry registry) {
    TOKENS.register(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  private static final String MATRIX =
      """
      endpoint                    anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
      GET /samples/public         200       200   200         200     200     200    200             200   401      401     401
      POST /samples/finance       401       403   403         200     403     403    403             403   401      401     401
      GET /samples/me             401       200   200         200     200     200    200             200   401      401     401
      GET /samples/refused-inside 401       403   403         403     403     403    403             403   401      401     401
      GET /samples/forgotten      401       403   403         403     403     403    403             403   401      401     401
      """;

  @Test
  void everyCellOfTheMatrixHolds() throws Exception {
    AuthorizationMatrix.of(MATRIX)
        .request("POST /samples/finance", caller -> post("/samples/finance"))
        .verify(mvc, context, TOKENS);
  }

  @Test
  void aMatrixThatMissesAnEndpointFails() {
    String withoutForgotten =
        MATRIX
            .lines()
            .filter(line -> !line.contains("forgotten"))
            .reduce("", (a, b) -> a + b + "\n");
    assertThatThrownBy(
            () ->
                AuthorizationMatrix.of(withoutForgotten)
                    .request("POST /samples/finance", caller -> post("/samples/finance"))
                    .verify(mvc, context, TOKENS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /samples/forgotten");
  }

  @Test
  void aCellThatDoesNotHoldFailsNamingEndpointAndCaller() {
    String wrong =
        MATRIX.replace("GET /samples/me             401", "GET /samples/me             200");
    assertThatThrownBy(
            () ->
                AuthorizationMatrix.of(wrong)
                    .request("POST /samples/finance", caller -> post("/samples/finance"))
                    .verify(mvc, context, TOKENS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /samples/me as anonymous: expected 200, got 401");
  }

  @Test
  void theActorComesFromTheVerifiedToken() throws Exception {
    mvc.perform(
            get("/samples/me")
                .header(
                    "Authorization", "Bearer " + TOKENS.token("account-7", "FINANCE", "AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("account-7"))
        .andExpect(jsonPath("$.roles", Matchers.containsInAnyOrder("FINANCE", "AUDITOR")));
  }

  @Test
  void refusalsAreProblemJsonWithTheBearerChallenge() throws Exception {
    mvc.perform(post("/samples/finance"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
        .andExpect(jsonPath("$.type").value("urn:cishan:problem:unauthenticated"))
        .andExpect(jsonPath("$.instance").value("/samples/finance"));
    mvc.perform(
            post("/samples/finance")
                .header("Authorization", "Bearer " + TOKENS.tokenWithRoles(Roles.DONOR)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:cishan:problem:forbidden"));
  }

  @Test
  void tokensForAnotherAudienceOrFromAnotherIssuerAreUnauthenticated() throws Exception {
    for (String token :
        new TreeSet<>(
            java.util.List.of(
                TOKENS.forOtherAudience("x", Roles.FINANCE),
                TOKENS.fromOtherIssuer("x", Roles.FINANCE)))) {
      mvc.perform(post("/samples/finance").header("Authorization", "Bearer " + token))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", Matchers.containsString("invalid_token")));
    }
  }
}

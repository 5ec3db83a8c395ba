package org.cishan.support.web.input;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cishan.support.security.AccessRules;
import org.cishan.support.security.ResourceServerConfiguration;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.TestTokens;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The strict input rules as a service sees them: JSON bodies, path variables, query strings. */
@WebMvcTest(controllers = StrictInputWebTest.SampleController.class)
@ImportAutoConfiguration({ResourceServerConfiguration.class, StrictInputAutoConfiguration.class})
@Import({ProblemDetailsAdvice.class, StrictInputWebTest.SampleController.class})
class StrictInputWebTest {

  private static final TestTokens TOKENS = TestTokens.shared();
  static final String ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

  @SpringBootApplication
  static class SampleApplication {
    @Bean
    AccessRules sampleRules() {
      return rules ->
          rules
              .requestMatchers(HttpMethod.GET, "/samples/finance")
              .hasRole(Roles.FINANCE)
              .requestMatchers("/samples/**")
              .permitAll();
    }
  }

  enum Channel {
    ONLINE_PAYMENT,
    CASH
  }

  record Amount(@NotNull Long minorUnits, String currency) {}

  record Gift(
      @NotNull UUID donationId,
      String donorName,
      @Valid Amount amount,
      Channel channel,
      List<UUID> galleryImageIds,
      Instant effectiveAt) {}

  record JournalParams(@NotNull LocalDate date, Channel channel, String tag, UUID projectId) {}

  @RestController
  static class SampleController {
    @PostMapping("/samples")
    String give(@Valid @RequestBody Gift gift) {
      return "ok";
    }

    @PostMapping("/samples/{id}/void")
    String voidIt(@PathVariable UUID id) {
      return "voided " + id;
    }

    @GetMapping("/samples/by-slug/{slug}")
    String bySlug(@PathVariable String slug) {
      return slug;
    }

    @GetMapping("/samples/journal")
    String journal(@Valid JournalParams params) {
      return params.date().toString();
    }

    @GetMapping("/samples/day")
    String day(@RequestParam LocalDate date, @RequestParam(defaultValue = "0") int page) {
      return date + "/" + page;
    }

    @GetMapping("/samples/finance")
    String finance() {
      return "finance";
    }
  }

  @DynamicPropertySource
  static void tokens(DynamicPropertyRegistry registry) {
    TOKENS.register(registry);
  }

  @Autowired MockMvc mvc;

  static String gift(String extra) {
    return """
        {"donationId":"%s","donorName":"张三","amount":{"minorUnits":100,"currency":"CNY"}%s}"""
        .formatted(ID, extra);
  }

  ResultActions post400(String body, String field, String message) throws Exception {
    return mvc.perform(post("/samples").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:cishan:problem:invalid-request"))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(message));
  }

  @Nested
  class JsonBodies {

    static Stream<Arguments> refusals() {
      return Stream.of(
          Arguments.of(
              gift("").replace("100", "1.5"),
              "amount.minorUnits",
              "must be a whole number, not a fraction"),
          Arguments.of(
              gift("").replace("100", "\"100\""),
              "amount.minorUnits",
              "must be a whole number, not a string"),
          Arguments.of(gift("") + " xyz", "body", "has more content after the JSON value"),
          Arguments.of(gift("") + "{}", "body", "has more content after the JSON value"),
          Arguments.of(
              gift("").replace("张三", "a\\u0000b"),
              "donorName",
              "contains a control character (U+0000)"),
          Arguments.of(
              gift("").replace("张三", "\\u202Egnp.exe"),
              "donorName",
              "contains a bidirectional control character (U+202E)"),
          Arguments.of(
              gift("").replace("张三", "a\\ud83d"),
              "donorName",
              "contains an unpaired surrogate (U+D83D)"),
          Arguments.of(
              gift("").replace("\"张三\"", "42"), "donorName", "must be a string, not a number"),
          Arguments.of(
              gift(",\"channel\":\"CHEQUE\""), "channel", "must be one of ONLINE_PAYMENT, CASH"),
          Arguments.of(gift(",\"channel\":1"), "channel", "must be one of ONLINE_PAYMENT, CASH"),
          Arguments.of(
              gift("").replace(ID, " " + ID),
              "donationId",
              "is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)"),
          Arguments.of(
              gift(
                  ",\"galleryImageIds\":[\"%s\",\"%s\",\"bxwqO01NT2CKe5wNHi86Sw==\"]"
                      .formatted(ID, ID)),
              "galleryImageIds[2]",
              "is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)"),
          Arguments.of(
              gift(",\"effectiveAt\":\"-999999999-01-01T00:00:00Z\""),
              "effectiveAt",
              "must be a date between the years 1 and 9999"),
          Arguments.of(gift(",\"donorName\":\"李四\""), "donorName", "appears more than once"),
          Arguments.of(
              gift(",\"projectID\":\"" + ID + "\""), "projectID", "is not a field of this request"),
          Arguments.of(
              gift("").replace("100", "99999999999999999999"),
              "amount.minorUnits",
              "is out of range for a whole number"),
          Arguments.of("", "body", "is missing"),
          Arguments.of("[]", "body", "must be an object"));
    }

    @ParameterizedTest(name = "[{index}] {1} {2}")
    @MethodSource("refusals")
    void refusesNamingTheFieldAndWhy(String body, String field, String message) throws Exception {
      post400(body, field, message);
    }

    @Test
    void acceptsAValidBody() throws Exception {
      mvc.perform(
              post("/samples")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(gift(",\"channel\":\"CASH\",\"effectiveAt\":\"2026-12-08T00:00:00Z\"")))
          .andExpect(status().isOk());
    }

    @Test
    void answersAWildcardContentTypeWith415() throws Exception {
      for (String type : List.of("application/*", "*/*", "application/*+json")) {
        mvc.perform(
                post("/samples")
                    .header("Content-Type", type)
                    .characterEncoding(StandardCharsets.UTF_8) // as Boot's encoding filter sets it
                    .content(gift("")))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("urn:cishan:problem:unsupported-media-type"));
      }
    }
  }

  @Nested
  class PathVariables {

    @Test
    void refusesAUuidWithALeadingSpace() throws Exception {
      mvc.perform(post("/samples/{id}/void", " " + ID))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("id"))
          .andExpect(
              jsonPath("$.errors[0].message")
                  .value("is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)"));
      mvc.perform(post("/samples/{id}/void", ID)).andExpect(status().isOk());
    }

    @Test
    void refusesControlCharactersInTextVariables() throws Exception {
      mvc.perform(get("/samples/by-slug/{slug}", "a\u0001b"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("slug"))
          .andExpect(
              jsonPath("$.errors[0].message").value("contains a control character (U+0001)"));
      mvc.perform(get("/samples/by-slug/{slug}", "新闻-1")).andExpect(status().isOk());
    }
  }

  @Nested
  class QueryParameters {

    @Test
    void refusesANulInAnyParameterBeforeSecurityLooks() throws Exception {
      for (String uri :
          List.of("/samples/journal?date=2026-12-08&tag=%00", "/samples/finance?tag=%00")) {
        mvc.perform(get(URI.create(uri)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("tag"))
            .andExpect(
                jsonPath("$.errors[0].message").value("contains a control character (U+0000)"));
      }
    }

    @Test
    void refusesBrokenEncodingAndBidiOverrides() throws Exception {
      mvc.perform(get(URI.create("/samples/journal?date=2026-12-08&tag=%E2%80%AE")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("tag"));
      mvc.perform(get(URI.create("/samples/journal?date=2026-12-08&tag=%C3")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].message").value("is not valid percent-encoded UTF-8"));
    }

    static Stream<Arguments> refusals() {
      return Stream.of(
          Arguments.of(
              "/samples/journal?date=-999999999-01-01",
              "date",
              "must be a date between the years 1 and 9999"),
          Arguments.of(
              "/samples/journal?date=%2B10000-01-01",
              "date", "must be a date between the years 1 and 9999"),
          Arguments.of(
              "/samples/journal?date=12/08/26", "date", "is not an ISO-8601 value like 2026-12-31"),
          Arguments.of(
              "/samples/day?date=-999999999-01-01",
              "date",
              "must be a date between the years 1 and 9999"),
          Arguments.of("/samples/day?date=2026-12-08&page=0x10", "page", "must be a whole number"),
          Arguments.of(
              "/samples/journal?date=2026-12-08&channel=cash",
              "channel",
              "must be one of ONLINE_PAYMENT, CASH"),
          Arguments.of(
              "/samples/journal?date=2026-12-08&projectId=%20" + ID,
              "projectId",
              "is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void refusesNamingTheParameter(String uri, String field, String message) throws Exception {
      mvc.perform(get(URI.create(uri)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value(field))
          .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void acceptsPlainValuesAndEmptyOnes() throws Exception {
      mvc.perform(
              get(
                  "/samples/journal?date=2026-12-08&channel=CASH&tag=%E5%8A%A9%E5%AD%A6&projectId="))
          .andExpect(status().isOk())
          .andExpect(content().string("2026-12-08"));
      mvc.perform(get("/samples/day?date=2026-12-08&page=3"))
          .andExpect(content().string("2026-12-08/3"));
    }
  }
}

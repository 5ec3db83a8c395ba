package org.cishan.support.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The advice alone: security filters are off here (ApiSecurityTest covers them). */
@WebMvcTest(controllers = ProblemDetailsAdviceTest.SampleController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ProblemDetailsAdvice.class, ProblemDetailsAdviceTest.SampleController.class})
class ProblemDetailsAdviceTest {

  @SpringBootApplication
  static class SampleApplication {}

  record Amount(@Positive long minorUnits, @NotBlank String currency) {}

  record SampleRequest(@NotBlank String name, @NotNull @Valid Amount amount) {}

  @RestController
  static class SampleController {

    @PostMapping("/samples")
    String create(@Valid @RequestBody SampleRequest request) {
      return "ok";
    }

    @GetMapping("/samples/{id}")
    String find(@PathVariable UUID id) {
      if (id.getLeastSignificantBits() == 1) {
        throw new ConflictException("sample " + id + " was already taken");
      }
      if (id.getLeastSignificantBits() == 2) {
        throw new IllegalStateException("secret internals");
      }
      throw new NotFoundException("Sample", id);
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void namesEveryInvalidFieldAndWhy() throws Exception {
    mvc.perform(
            post("/samples")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\" \",\"amount\":{\"minorUnits\":0,\"currency\":\"CNY\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:cishan:problem:invalid-request"))
        .andExpect(jsonPath("$.errors[0].field").value("amount.minorUnits"))
        .andExpect(jsonPath("$.errors[0].message").value("must be greater than 0"))
        .andExpect(jsonPath("$.errors[1].field").value("name"));
  }

  @Test
  void namesAFieldWhoseValueCannotBeRead() throws Exception {
    mvc.perform(
            post("/samples")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"x\",\"amount\":{\"minorUnits\":\"lots\",\"currency\":\"CNY\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("amount.minorUnits"));
  }

  @Test
  void saysWhenTheBodyIsNotJsonAtAll() throws Exception {
    mvc.perform(post("/samples").contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("body"));
  }

  @Test
  void namesAPathVariableOfTheWrongType() throws Exception {
    mvc.perform(get("/samples/not-a-uuid"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)"));
  }

  @Test
  void answersAnUnknownIdWith404() throws Exception {
    mvc.perform(get("/samples/" + UUID.randomUUID()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail", containsString("does not exist")));
  }

  @Test
  void answersAConflictWith409() throws Exception {
    mvc.perform(get("/samples/00000000-0000-0000-0000-000000000001"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:cishan:problem:conflict"));
  }

  @Test
  void hidesInternalsOfUnexpectedFailures() throws Exception {
    mvc.perform(get("/samples/00000000-0000-0000-0000-000000000002"))
        .andExpect(status().isInternalServerError())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(content().string(not(containsString("secret"))));
  }
}

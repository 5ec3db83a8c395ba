package org.cishan.project.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.project.command.ChangeProjectStatusService;
import org.cishan.project.command.CreateProjectCommand;
import org.cishan.project.command.CreateProjectService;
import org.cishan.project.command.UpdateProjectDetailsService;
import org.cishan.project.config.ClockConfig;
import org.cishan.project.config.ProjectAccessRules;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;
import org.cishan.project.domain.ProjectDetails;
import org.cishan.project.query.projectsummary.CurrencyFunding;
import org.cishan.project.query.projectsummary.ProjectFilter;
import org.cishan.project.query.projectsummary.ProjectSummaryPage;
import org.cishan.project.query.projectsummary.ProjectSummaryRepository;
import org.cishan.project.query.projectsummary.ProjectSummaryView;
import org.cishan.support.security.ResourceServerConfiguration;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.TestTokens;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(ProjectController.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@Import({ProblemDetailsAdvice.class, ProjectAccessRules.class, ClockConfig.class})
class ProjectControllerTest {

  static final String OFFICER = "00000000-0000-4000-8000-0000000000b1";

  @DynamicPropertySource
  static void tokens(DynamicPropertyRegistry registry) {
    TestTokens.shared().register(registry);
  }

  static String officer() {
    return "Bearer " + TestTokens.shared().token(OFFICER, Roles.PROJECT_OFFICER);
  }

  ResultActions postAsOfficer(String json) throws Exception {
    return mvc.perform(
        post("/api/projects")
            .header("Authorization", officer())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");
  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  @Autowired MockMvc mvc;
  @MockitoBean CreateProjectService createProject;
  @MockitoBean ProjectSummaryRepository summaries;
  @MockitoBean UpdateProjectDetailsService updateDetails;
  @MockitoBean ChangeProjectStatusService changeStatus;

  static ProjectSummaryView view() {
    return new ProjectSummaryView(
        ID,
        "敬老院改造",
        null,
        Money.cny(50_000_000),
        Money.cny(10_000),
        List.of(new Money(500, "HKD")),
        Money.cny(6_000),
        Money.cny(1_000),
        List.of(
            new CurrencyFunding(Money.cny(10_000), 6_000, 1_000, 1),
            new CurrencyFunding(new Money(500, "HKD"), 1)),
        2,
        AT,
        "DRAFT",
        ProjectDetails.NONE);
  }

  @Nested
  class Creating {

    @Test
    void answers201WithLocationAndTheStoredProject() throws Exception {
      when(createProject.create(any()))
          .thenReturn(new Project(ID, "敬老院改造", null, Money.cny(50_000_000), AT, OFFICER));
      when(summaries.find(ID)).thenReturn(Optional.of(view()));

      postAsOfficer(
              """
                      {"title":"敬老院改造","fundraisingTarget":{"minorUnits":50000000,"currency":"CNY"}}
                      """)
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", "/api/projects/" + ID))
          .andExpect(jsonPath("$.projectId").value(ID.toString()))
          .andExpect(jsonPath("$.fundraisingTarget.minorUnits").value(50_000_000))
          .andExpect(jsonPath("$.raised.minorUnits").value(10_000))
          .andExpect(jsonPath("$.raised.currency").value("CNY"))
          .andExpect(jsonPath("$.raisedInOtherCurrencies[0].currency").value("HKD"))
          .andExpect(jsonPath("$.donationCount").value(2))
          .andExpect(jsonPath("$.createdAt").value("2026-03-01T08:30:00Z"));
      verify(createProject)
          .create(new CreateProjectCommand("敬老院改造", null, Money.cny(50_000_000), null, OFFICER));
    }

    @Test
    void theCreatorIsTheSignedInOfficerWhateverTheBodySays() throws Exception {
      when(createProject.create(any()))
          .thenReturn(new Project(ID, "敬老院改造", null, Money.cny(50_000_000), AT, OFFICER));
      when(summaries.find(ID)).thenReturn(Optional.of(view()));

      postAsOfficer(
              """
                      {"title":"敬老院改造","createdBy":"someone-else",
                       "fundraisingTarget":{"minorUnits":50000000,"currency":"CNY"}}
                      """)
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.createdBy").doesNotExist());
      verify(createProject)
          .create(new CreateProjectCommand("敬老院改造", null, Money.cny(50_000_000), null, OFFICER));
    }

    @Test
    void answers400NamingTheFieldAndCreatesNothing() throws Exception {
      postAsOfficer(
              """
                      {"title":"t","fundraisingTarget":{"minorUnits":100,"currency":"XYZ"}}
                      """)
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("fundraisingTarget.currency"));
      verify(createProject, never()).create(any());
    }
  }

  @Nested
  class Reading {

    @Test
    void answers404ForAnUnknownProject() throws Exception {
      when(summaries.find(any())).thenReturn(Optional.empty());

      mvc.perform(get("/api/projects/" + UUID.randomUUID()))
          .andExpect(status().isNotFound())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsTheFirstPageOfTwentyWhenNotToldOtherwise() throws Exception {
      when(summaries.page(ProjectFilter.ALL, 0, 20))
          .thenReturn(new ProjectSummaryPage(List.of(view()), 41));

      mvc.perform(get("/api/projects"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.page").value(0))
          .andExpect(jsonPath("$.size").value(20))
          .andExpect(jsonPath("$.totalItems").value(41))
          .andExpect(jsonPath("$.items[0].projectId").value(ID.toString()));
    }

    @ParameterizedTest
    @CsvSource({"page=-1,page", "size=0,size", "size=101,size", "page=x,page"})
    void answers400ForAPageOutOfRange(String query, String field) throws Exception {
      mvc.perform(get("/api/projects?" + query))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value(field));
      verify(summaries, never()).page(any(), anyInt(), anyInt());
    }
  }
}

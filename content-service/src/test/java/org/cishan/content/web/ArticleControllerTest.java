package org.cishan.content.web;

import static org.cishan.content.query.article.ArticleVisibility.EVERY_STATUS;
import static org.cishan.content.query.article.ArticleVisibility.PUBLISHED_ONLY;
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
import org.cishan.content.command.ChangeArticleStatusService;
import org.cishan.content.command.DeleteArticleService;
import org.cishan.content.command.EditArticleService;
import org.cishan.content.command.WriteArticleCommand;
import org.cishan.content.command.WriteArticleService;
import org.cishan.content.config.ContentAccessRules;
import org.cishan.content.domain.Article;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.domain.ArticleStatus;
import org.cishan.content.query.article.ArticleFilter;
import org.cishan.content.query.article.ArticleHistoryRepository;
import org.cishan.content.query.article.ArticlePage;
import org.cishan.content.query.article.ArticleRepository;
import org.cishan.content.query.article.ArticleVisibility;
import org.cishan.content.query.image.ImageRepository;
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

@WebMvcTest(ArticleController.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@Import({ProblemDetailsAdvice.class, ContentAccessRules.class})
class ArticleControllerTest {

  static final String EDITOR = "00000000-0000-4000-8000-0000000000e1";

  @DynamicPropertySource
  static void tokens(DynamicPropertyRegistry registry) {
    TestTokens.shared().register(registry);
  }

  /** A valid token of the account {@link #EDITOR} holding just {@code role}. */
  static String as(String role) {
    return "Bearer " + TestTokens.shared().token(EDITOR, role);
  }

  static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");
  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  @Autowired MockMvc mvc;
  @MockitoBean WriteArticleService writeArticle;
  @MockitoBean ChangeArticleStatusService changeStatus;
  @MockitoBean ArticleRepository articles;
  @MockitoBean EditArticleService editArticle;
  @MockitoBean DeleteArticleService deleteArticle;
  @MockitoBean ArticleHistoryRepository history;
  @MockitoBean ImageRepository images;

  static final ArticleContent CONTENT =
      new ArticleContent(
          "标题", "摘要", "正文", "zh-CN", ArticleCategory.NEWS, null, null, null, null, null);

  static Article article() {
    return Article.draft(ID, "biao-ti", CONTENT, null, EDITOR, AT);
  }

  @Nested
  class Writing {

    @Test
    void answers201WithLocationAndTheDraft() throws Exception {
      when(writeArticle.write(any())).thenReturn(article());

      mvc.perform(
              post("/api/content/articles")
                  .header("Authorization", as(Roles.EDITOR))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"title\":\"标题\",\"summary\":\"摘要\",\"body\":\"正文\",\"language\":\"zh-CN\"}"))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", "/api/content/articles/" + ID))
          .andExpect(jsonPath("$.articleId").value(ID.toString()))
          .andExpect(jsonPath("$.category").value("NEWS"))
          .andExpect(jsonPath("$.status").value("DRAFT"))
          .andExpect(jsonPath("$.projectIds").isEmpty())
          .andExpect(jsonPath("$.slug").value("biao-ti"))
          .andExpect(jsonPath("$.createdAt").value("2026-03-01T08:30:00Z"));
      verify(writeArticle).write(new WriteArticleCommand(CONTENT, null, EDITOR));
    }

    @Test
    void theAuthorIsTheSignedInEditorWhateverTheBodySays() throws Exception {
      when(writeArticle.write(any())).thenReturn(article());

      mvc.perform(
              post("/api/content/articles")
                  .header("Authorization", as(Roles.EDITOR))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"title":"标题","summary":"摘要","body":"正文","language":"zh-CN",
                       "authorId":"someone-else"}
                      """))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.authorId").doesNotExist());
      verify(writeArticle).write(new WriteArticleCommand(CONTENT, null, EDITOR));
    }

    @ParameterizedTest
    @CsvSource({"AUDITOR", "DONOR", "FINANCE", "PROJECT_OFFICER", "ADMIN"})
    void refusesEveryRoleButEditorWith403(String role) throws Exception {
      mvc.perform(
              post("/api/content/articles")
                  .header("Authorization", as(role))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"title\":\"t\",\"body\":\"b\",\"language\":\"en\"}"))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.type").value("urn:cishan:problem:forbidden"));
      verify(writeArticle, never()).write(any());
    }

    @Test
    void asksAnonymousWritersToSignInWith401() throws Exception {
      mvc.perform(
              post("/api/content/articles")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"title\":\"t\",\"body\":\"b\",\"language\":\"en\"}"))
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.type").value("urn:cishan:problem:unauthenticated"));
      verify(writeArticle, never()).write(any());
    }

    @Test
    void answers400NamingTheLanguageAndWritesNothing() throws Exception {
      mvc.perform(
              post("/api/content/articles")
                  .header("Authorization", as(Roles.EDITOR))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"title\":\"t\",\"body\":\"b\",\"language\":\"fr\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("language"))
          .andExpect(jsonPath("$.errors[0].message").value("must be zh-CN or en"));
      verify(writeArticle, never()).write(any());
    }
  }

  @Nested
  class Reading {

    @Test
    void answers404ForAnUnknownArticle() throws Exception {
      when(articles.find(any(), any())).thenReturn(Optional.empty());

      mvc.perform(get("/api/content/articles/" + UUID.randomUUID()))
          .andExpect(status().isNotFound())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void passesTheFiltersToTheReadModel() throws Exception {
      ArticleFilter filter =
          new ArticleFilter(
              PROJECT,
              ArticleCategory.PROJECT_UPDATE,
              "助学",
              "en",
              ArticleStatus.DRAFT,
              EVERY_STATUS,
              null);
      when(articles.page(filter, 2, 5)).thenReturn(new ArticlePage(List.of(article()), 11));

      mvc.perform(
              get(
                      "/api/content/articles?projectId={p}&category=PROJECT_UPDATE&status=DRAFT&tag=助学&language=en"
                          + "&page=2&size=5",
                      PROJECT)
                  .header("Authorization", as(Roles.EDITOR)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.page").value(2))
          .andExpect(jsonPath("$.size").value(5))
          .andExpect(jsonPath("$.totalItems").value(11))
          .andExpect(jsonPath("$.items[0].articleId").value(ID.toString()));
    }

    @Test
    void treatsEmptyFiltersAsNoFilterAndPagesByTwenty() throws Exception {
      when(articles.page(ArticleFilter.all(PUBLISHED_ONLY), 0, 20))
          .thenReturn(new ArticlePage(List.of(), 0));

      mvc.perform(get("/api/content/articles?projectId=&category=&status="))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.size").value(20))
          .andExpect(jsonPath("$.items").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
      "EDITOR,EVERY_STATUS",
      "AUDITOR,EVERY_STATUS",
      "DONOR,PUBLISHED_ONLY",
      "FINANCE,PUBLISHED_ONLY",
      "PROJECT_OFFICER,PUBLISHED_ONLY",
      "ADMIN,PUBLISHED_ONLY"
    })
    void listsDraftsOnlyToEditorsAndAuditors(String role, ArticleVisibility visibility)
        throws Exception {
      when(articles.page(any(), anyInt(), anyInt())).thenReturn(new ArticlePage(List.of(), 0));

      mvc.perform(get("/api/content/articles").header("Authorization", as(role)))
          .andExpect(status().isOk());

      verify(articles).page(ArticleFilter.all(visibility), 0, 20);
    }

    @Test
    void listsOnlyPublishedArticlesToAnonymousReadersEvenWhenTheyAskForDrafts() throws Exception {
      when(articles.page(any(), anyInt(), anyInt())).thenReturn(new ArticlePage(List.of(), 0));

      mvc.perform(get("/api/content/articles?status=DRAFT"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items").isEmpty());

      verify(articles)
          .page(
              new ArticleFilter(null, null, null, null, ArticleStatus.DRAFT, PUBLISHED_ONLY, null),
              0,
              20);
    }

    /** The read model finds a draft only for EVERY_STATUS, as ArticleRepository does. */
    @ParameterizedTest
    @CsvSource({
      "EDITOR,200",
      "AUDITOR,200",
      "DONOR,404",
      "FINANCE,404",
      "PROJECT_OFFICER,404",
      "ADMIN,404"
    })
    void showsADraftByIdOnlyToEditorsAndAuditors(String role, int status) throws Exception {
      givenADraft();

      mvc.perform(get("/api/content/articles/" + ID).header("Authorization", as(role)))
          .andExpect(status().is(status));
    }

    @Test
    void hidesADraftFromAnonymousReadersAsIfItDidNotExist() throws Exception {
      givenADraft();

      mvc.perform(get("/api/content/articles/" + ID))
          .andExpect(status().isNotFound())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private void givenADraft() {
      when(articles.find(ID, EVERY_STATUS)).thenReturn(Optional.of(article()));
      when(articles.find(ID, PUBLISHED_ONLY)).thenReturn(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({
      "category=FOO,category",
      "status=REJECTED,status",
      "projectId=nope,projectId",
      "page=-1,page",
      "size=0,size",
      "size=101,size"
    })
    void answers400NamingTheBadParameter(String query, String field) throws Exception {
      mvc.perform(get("/api/content/articles?" + query))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value(field));
      verify(articles, never()).page(any(), anyInt(), anyInt());
    }
  }
}

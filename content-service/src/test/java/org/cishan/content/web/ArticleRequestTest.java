package org.cishan.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.cishan.content.command.EditArticleCommand;
import org.cishan.content.command.WriteArticleCommand;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleContent;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleRequestTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static ArticleRequest request(String title, String summary, String body, String language) {
    return new ArticleRequest(
        title, summary, body, language, null, null, null, null, null, null, null, null);
  }

  static ArticleRequest withLists(List<String> tags, List<UUID> projects, List<UUID> gallery) {
    return new ArticleRequest(
        "t", null, "正文", "zh-CN", null, tags, projects, null, gallery, null, null, null);
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(request(null, null, "正文", "zh-CN"), "title"),
        Arguments.of(request(" ", null, "正文", "zh-CN"), "title"),
        Arguments.of(request("x".repeat(201), null, "正文", "zh-CN"), "title"),
        Arguments.of(request("t", "s".repeat(501), "正文", "zh-CN"), "summary"),
        Arguments.of(request("t", null, null, "zh-CN"), "body"),
        Arguments.of(request("t", null, "", "zh-CN"), "body"),
        Arguments.of(request("t", null, "字".repeat(100_001), "zh-CN"), "body"),
        Arguments.of(request("t", null, "正文", null), "language"),
        Arguments.of(request("t", null, "正文", "fr"), "language"),
        Arguments.of(request("t", null, "正文", "zh-cn"), "language"),
        Arguments.of(request("t", null, "正文", "en-US"), "language"),
        Arguments.of(withLists(Collections.nCopies(11, "tag"), null, null), "tags"),
        Arguments.of(withLists(List.of(" "), null, null), "tags[0].<list element>"),
        Arguments.of(withLists(List.of("x".repeat(31)), null, null), "tags[0].<list element>"),
        Arguments.of(
            withLists(null, Collections.nCopies(21, UUID.randomUUID()), null), "projectIds"),
        Arguments.of(
            withLists(null, null, Collections.nCopies(31, UUID.randomUUID())), "galleryImageIds"),
        Arguments.of(
            new ArticleRequest(
                "t",
                null,
                "正文",
                "zh-CN",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "署".repeat(101)),
            "byline"));
  }

  @ParameterizedTest
  @MethodSource("invalidRequests")
  void namesTheOneInvalidField(ArticleRequest request, String field) {
    assertThat(VALIDATOR.validate(request))
        .extracting(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .containsExactly(field);
  }

  @Test
  void acceptsBothLanguagesTheLongestTitleAndSummaryAndNoSummary() {
    assertThat(VALIDATOR.validate(request("x".repeat(200), "s".repeat(500), "正文", "zh-CN")))
        .isEmpty();
    assertThat(VALIDATOR.validate(request("News", null, "Body", "en"))).isEmpty();
  }

  @Test
  void mapsToACommandWrittenByTheActingEditorInCategoryNewsUnlessAnotherIsGiven() {
    Actor editor = Actor.of("editor-1", Set.of(Roles.EDITOR));

    assertThat(request("标题", "摘要", "正文", "zh-CN").toWriteCommand(editor))
        .isEqualTo(
            new WriteArticleCommand(
                new ArticleContent(
                    "标题", "摘要", "正文", "zh-CN", ArticleCategory.NEWS, null, null, null, null, null),
                null,
                "editor-1"));
    UUID article = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    UUID cover = UUID.randomUUID();
    ArticleRequest edit =
        new ArticleRequest(
            "通知",
            null,
            "正文",
            "zh-CN",
            ArticleCategory.NOTICE,
            List.of(" 助学 "),
            List.of(project),
            cover,
            List.of(),
            "tong-zhi",
            3,
            "本会宣传部");
    assertThat(edit.toEditCommand(article, editor))
        .isEqualTo(
            new EditArticleCommand(
                article,
                new ArticleContent(
                    "通知",
                    null,
                    "正文",
                    "zh-CN",
                    ArticleCategory.NOTICE,
                    List.of("助学"),
                    List.of(project),
                    cover,
                    List.of(),
                    "本会宣传部"),
                "tong-zhi",
                3,
                "editor-1"));
  }
}

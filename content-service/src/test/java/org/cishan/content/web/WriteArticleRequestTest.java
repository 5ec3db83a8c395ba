package org.cishan.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Stream;
import org.cishan.content.command.WriteArticleCommand;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WriteArticleRequestTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(new WriteArticleRequest(null, null, "正文", "zh-CN"), "title"),
        Arguments.of(new WriteArticleRequest(" ", null, "正文", "zh-CN"), "title"),
        Arguments.of(new WriteArticleRequest("x".repeat(201), null, "正文", "zh-CN"), "title"),
        Arguments.of(new WriteArticleRequest("t", "s".repeat(501), "正文", "zh-CN"), "summary"),
        Arguments.of(new WriteArticleRequest("t", null, null, "zh-CN"), "body"),
        Arguments.of(new WriteArticleRequest("t", null, "", "zh-CN"), "body"),
        Arguments.of(new WriteArticleRequest("t", null, "正文", null), "language"),
        Arguments.of(new WriteArticleRequest("t", null, "正文", "fr"), "language"),
        Arguments.of(new WriteArticleRequest("t", null, "正文", "zh-cn"), "language"),
        Arguments.of(new WriteArticleRequest("t", null, "正文", "en-US"), "language"));
  }

  @ParameterizedTest
  @MethodSource("invalidRequests")
  void namesTheOneInvalidField(WriteArticleRequest request, String field) {
    assertThat(VALIDATOR.validate(request))
        .extracting(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .containsExactly(field);
  }

  @Test
  void acceptsBothLanguagesTheLongestTitleAndSummaryAndNoSummary() {
    assertThat(
            VALIDATOR.validate(
                new WriteArticleRequest("x".repeat(200), "s".repeat(500), "正文", "zh-CN")))
        .isEmpty();
    assertThat(VALIDATOR.validate(new WriteArticleRequest("News", null, "Body", "en"))).isEmpty();
  }

  @Test
  void mapsToACommandWrittenByTheActingEditor() {
    Actor editor = Actor.of("editor-1", Set.of(Roles.EDITOR));

    assertThat(new WriteArticleRequest("标题", "摘要", "正文", "zh-CN").toCommand(editor))
        .isEqualTo(new WriteArticleCommand("标题", "摘要", "正文", "zh-CN", "editor-1"));
  }
}

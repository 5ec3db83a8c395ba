package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cishan.content.domain.InvalidArticleException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleContentTest {

  static final UUID IMAGE = UUID.randomUUID();

  static ArticleContent content(List<String> tags, List<UUID> projects, List<UUID> gallery) {
    return new ArticleContent(
        "标题", null, "正文", "zh-CN", ArticleCategory.NEWS, tags, projects, null, gallery, null);
  }

  @ParameterizedTest
  @MethodSource("brokenContents")
  void refusesContentBreakingARuleAndNamesTheField(Runnable make, String field) {
    InvalidArticleException refused =
        catchThrowableOfType(InvalidArticleException.class, make::run);

    assertThat(refused).isNotNull();
    assertThat(refused.violations()).extracting(Violation::field).contains(field);
  }

  static Stream<Arguments> brokenContents() {
    return Stream.of(
        Arguments.of((Runnable) () -> content(Collections.nCopies(11, "t"), null, null), "tags"),
        Arguments.of((Runnable) () -> content(List.of("助学", " 助学 "), null, null), "tags"),
        Arguments.of((Runnable) () -> content(List.of("  "), null, null), "tags"),
        Arguments.of((Runnable) () -> content(List.of("x".repeat(31)), null, null), "tags"),
        Arguments.of(
            (Runnable)
                () -> content(null, Stream.generate(UUID::randomUUID).limit(21).toList(), null),
            "projectIds"),
        Arguments.of(
            (Runnable) () -> content(null, Arrays.asList((UUID) null), null), "projectIds"),
        Arguments.of(
            (Runnable) () -> content(null, null, List.of(IMAGE, IMAGE)), "galleryImageIds"),
        Arguments.of(
            (Runnable)
                () ->
                    new ArticleContent(
                        " ", "s".repeat(501), " ", "fr", null, null, null, null, null, null),
            "title"));
  }

  @Test
  void namesEveryBrokenRuleAtOnce() {
    InvalidArticleException refused =
        catchThrowableOfType(
            InvalidArticleException.class,
            () ->
                new ArticleContent(
                    " ",
                    "s".repeat(501),
                    " ",
                    "fr",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "b".repeat(101)));

    assertThat(refused.violations())
        .extracting(Violation::field)
        .containsExactly("title", "summary", "body", "language", "category", "byline");
  }

  @Test
  void trimsTagsDropsRepeatedProjectsAndListsTheCoverBeforeTheGallery() {
    UUID project = UUID.randomUUID();
    UUID cover = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    ArticleContent content =
        new ArticleContent(
            "标题",
            null,
            "正文",
            "en",
            ArticleCategory.POLICY,
            List.of(" 助学 ", "rural"),
            List.of(project, project),
            cover,
            List.of(second, IMAGE),
            "  本会宣传部 王芳 ");

    assertThat(content.tags()).containsExactly("助学", "rural");
    assertThat(content.projectIds()).containsExactly(project);
    assertThat(content.imageIds()).containsExactly(cover, second, IMAGE);
    assertThat(content.byline()).isEqualTo("本会宣传部 王芳");
  }
}

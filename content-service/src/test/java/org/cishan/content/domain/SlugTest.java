package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  static final UUID ID = UUID.fromString("3f9a1c2b-0000-4000-8000-000000000001");
  static final Instant AT = Instant.parse("2026-11-27T23:30:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Elderly home renovation | elderly-home-renovation-3f9a1c2b",
        "  Clean WATER: 2026!  | clean-water-2026-3f9a1c2b",
        "乡村小学 Village School 二期 | village-school-3f9a1c2b",
        "乡村小学 | 2026-11-27-3f9a1c2b",
        "AB 助学 | 2026-11-27-3f9a1c2b",
        "Café déjà vu | caf-d-j-vu-3f9a1c2b"
      })
  void makesASlugFromTheTitlesLatinWordsOrTheDateAndTheIdsStart(String title, String slug) {
    assertThat(Slug.generate(title, AT, ID)).isEqualTo(slug);
    assertThat(Slug.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {61, 200})
  void keepsAMadeSlugShortAndValidHoweverLongTheTitle(int words) {
    String slug = Slug.generate("word ".repeat(words), AT, ID);

    assertThat(slug.length()).isLessThanOrEqualTo(69);
    assertThat(Slug.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "a--b", "A", "a b", "a_b", "乡村", "a/b", "../x", "a.b"})
  void refusesAChosenSlugThatIsNotLowerCaseWordsJoinedByHyphens(String slug) {
    assertThat(Slug.isValid(slug)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "2026-report", "village-school-phase-2"})
  void acceptsLowerCaseWordsAndDigitsJoinedByHyphens(String slug) {
    assertThat(Slug.isValid(slug)).isTrue();
    assertThat(Slug.isValid("a".repeat(Slug.MAX))).isTrue();
    assertThat(Slug.isValid("a".repeat(Slug.MAX + 1))).isFalse();
  }
}

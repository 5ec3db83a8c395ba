package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectAnnouncementTest {

  static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");
  static final UUID ARTICLE = UUID.randomUUID();
  static final UUID EVENT = UUID.randomUUID();
  static final UUID PROJECT = UUID.randomUUID();

  @Nested
  class Drafting {

    @Test
    void draftsAChineseProjectUpdateLinkedToTheProjectAndItsEvent() {
      Article draft =
          ProjectAnnouncement.draft(
              ARTICLE, EVENT, new NewProject(PROJECT, "敬老院改造", 50_000_000, "CNY"), AT);

      assertThat(draft.id()).isEqualTo(ARTICLE);
      assertThat(draft.title()).isEqualTo("新项目：敬老院改造");
      assertThat(draft.content().summary()).isEqualTo("新项目「敬老院改造」已创建，筹款目标 500000.00 元。");
      assertThat(draft.content().body()).contains("「敬老院改造」").contains("筹款目标为 500000.00 元");
      assertThat(draft.content().language()).isEqualTo("zh-CN");
      assertThat(draft.content().category()).isEqualTo(ArticleCategory.PROJECT_UPDATE);
      assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(draft.content().projectIds()).containsExactly(PROJECT);
      assertThat(draft.slug()).isEqualTo("2026-03-01-" + ARTICLE.toString().substring(0, 8));
      assertThat(draft.revision()).isOne();
      assertThat(draft.sourceEventId()).isEqualTo(EVENT);
      assertThat(draft.createdAt()).isEqualTo(AT);
      assertThat(draft.authorId()).as("no human wrote it").isNull();
    }

    @Test
    void shortensAProjectTitleTooLongForAnArticleTitleAndMarksTheCut() {
      String longTitle = "很".repeat(ArticleContent.MAX_TITLE);

      Article draft =
          ProjectAnnouncement.draft(
              ARTICLE, EVENT, new NewProject(PROJECT, longTitle, 1, "CNY"), AT);

      assertThat(draft.title()).hasSize(ArticleContent.MAX_TITLE).startsWith("新项目：很").endsWith("…");
      assertThat(draft.content().body()).contains(longTitle);
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInHalf() {
      String cut = ProjectAnnouncement.fit("ab😀cd", 4);

      assertThat(cut).isEqualTo("ab…");
    }

    @Test
    void refusesANewProjectWithoutTitle() {
      assertThatIllegalArgumentException().isThrownBy(() -> new NewProject(PROJECT, " ", 1, "CNY"));
    }
  }

  @Nested
  class WritingAmounts {

    @ParameterizedTest
    @CsvSource({
      "50000000, 500000.00",
      "1, 0.01",
      "10, 0.10",
      "0, 0.00",
      "123456789, 1234567.89",
      "9223372036854775807, 92233720368547758.07"
    })
    void writesFenAsYuanExactly(long fen, String yuan) {
      assertThat(AmountText.yuan(fen)).isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"50000000, CNY, 500000.00 元", "1234, HKD, 12.34 HKD", "500, JPY, 500 JPY"})
    void writesOtherCurrenciesInTheirOwnUnit(long minorUnits, String currency, String text) {
      assertThat(AmountText.of(minorUnits, currency)).isEqualTo(text);
    }
  }
}

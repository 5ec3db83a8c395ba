package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundraisingMilestoneTest {

  static final UUID PROJECT = UUID.fromString("00000000-0000-4000-8000-00000000b001");

  @ParameterizedTest(name = "{0} of {1}: {2}")
  @CsvSource({
    "0, 1000, ''",
    "499, 1000, ''",
    "500, 1000, HALF",
    "999, 1000, HALF",
    "1000, 1000, HALF FULL",
    "5000, 1000, HALF FULL",
    "1, 3, ''",
    "2, 3, HALF",
    "-100, 1000, ''",
    "9223372036854775807, 9223372036854775807, HALF FULL",
    "4611686018427387904, 9223372036854775807, HALF",
    "500, 0, ''"
  })
  void aMilestoneIsReachedExactlyAtItsShareOfTheTarget(long raised, long target, String reached) {
    List<FundraisingMilestone> expected =
        reached.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(reached.split(" "))
                .map(FundraisingMilestone::valueOf)
                .toList();

    assertThat(FundraisingMilestone.reached(raised, target)).isEqualTo(expected);
  }

  @Test
  void draftsAChineseProjectUpdateNamingTheMoneyForEditorsToFinish() {
    UUID id = UUID.randomUUID();
    Article draft =
        FundraisingMilestone.HALF.draft(
            id, PROJECT, "乡村小学", 25_000_000, 50_000_000, "CNY", Instant.EPOCH);

    assertThat(draft.title()).isEqualTo("筹款过半：乡村小学");
    assertThat(draft.content().summary()).isEqualTo("项目「乡村小学」已筹得 250000.00 元，达到筹款目标的 50%。");
    assertThat(draft.content().body()).contains("筹款目标为 500000.00 元");
    assertThat(draft.content().category()).isEqualTo(ArticleCategory.PROJECT_UPDATE);
    assertThat(draft.content().projectIds()).containsExactly(PROJECT);
    assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(draft.authorId()).isNull();
    assertThat(
            FundraisingMilestone.FULL
                .draft(id, PROJECT, "乡村小学", 1, 1, "CNY", Instant.EPOCH)
                .title())
        .isEqualTo("筹款目标达成：乡村小学");
    assertThat(FundraisingMilestone.HALF.factKey(PROJECT))
        .isEqualTo("project-funded-50:" + PROJECT);
    assertThat(FundraisingMilestone.FULL.factKey(PROJECT))
        .isEqualTo("project-funded-100:" + PROJECT);
  }
}

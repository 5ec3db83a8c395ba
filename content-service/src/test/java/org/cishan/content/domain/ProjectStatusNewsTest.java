package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectStatusNewsTest {

  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  @ParameterizedTest
  @CsvSource({"APPROVED, 项目立项：敬老院改造", "CLOSED, 项目结项：敬老院改造"})
  void anApprovalOrAClosureIsNewsForEditorsToFinish(String status, String title) {
    Article draft =
        ProjectStatusNews.draft(
                UUID.randomUUID(), UUID.randomUUID(), PROJECT, "敬老院改造", status, Instant.EPOCH)
            .orElseThrow();

    assertThat(draft.title()).isEqualTo(title);
    assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(draft.content().category()).isEqualTo(ArticleCategory.PROJECT_UPDATE);
    assertThat(draft.content().projectIds()).containsExactly(PROJECT);
    assertThat(ProjectStatusNews.factKey(PROJECT, status))
        .isEqualTo("project-" + status.toLowerCase() + ":" + PROJECT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"DRAFT", "IMPLEMENTING", "UNDER_EVALUATION", "TERMINATED", "SOMETHING_NEW"})
  void otherStatusesAreNoNews(String status) {
    assertThat(
            ProjectStatusNews.draft(
                UUID.randomUUID(), UUID.randomUUID(), PROJECT, "敬老院改造", status, Instant.EPOCH))
        .isEmpty();
  }
}

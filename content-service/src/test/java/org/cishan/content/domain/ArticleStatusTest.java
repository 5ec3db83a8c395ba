package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleStatusTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "DRAFT, IN_REVIEW, true",
    "IN_REVIEW, PUBLISHED, true",
    "IN_REVIEW, DRAFT, true",
    "PUBLISHED, ARCHIVED, true",
    "DRAFT, PUBLISHED, false",
    "DRAFT, ARCHIVED, false",
    "PUBLISHED, DRAFT, false",
    "PUBLISHED, IN_REVIEW, false",
    "ARCHIVED, PUBLISHED, false",
    "ARCHIVED, DRAFT, false",
    "IN_REVIEW, SCHEDULED, true",
    "SCHEDULED, PUBLISHED, true",
    "SCHEDULED, IN_REVIEW, true",
    "DRAFT, SCHEDULED, false",
    "SCHEDULED, DRAFT, false",
    "SCHEDULED, ARCHIVED, false",
    "PUBLISHED, SCHEDULED, false"
  })
  void movesOnlyAlongTheWorkflow(ArticleStatus from, ArticleStatus to, boolean allowed) {
    assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, true, true",
    "IN_REVIEW, true, true",
    "SCHEDULED, true, false",
    "PUBLISHED, true, false",
    "ARCHIVED, false, false"
  })
  void anArchivedArticleIsFinalAndOnlyOneNeverScheduledOrPublishedMayBeDeleted(
      ArticleStatus status, boolean editable, boolean deletable) {
    assertThat(status.isEditable()).isEqualTo(editable);
    assertThat(status.isDeletable()).isEqualTo(deletable);
  }
}

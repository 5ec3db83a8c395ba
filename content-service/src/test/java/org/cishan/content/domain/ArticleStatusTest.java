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
    "ARCHIVED, DRAFT, false"
  })
  void movesOnlyAlongTheWorkflow(ArticleStatus from, ArticleStatus to, boolean allowed) {
    assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
  }
}

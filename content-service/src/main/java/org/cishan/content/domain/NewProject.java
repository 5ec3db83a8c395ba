package org.cishan.content.domain;

import java.util.Objects;
import java.util.UUID;

/** A project that was just created, as announced to the news centre. */
public record NewProject(
    UUID projectId, String title, long targetMinorUnits, String targetCurrency) {

  public NewProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(targetCurrency, "targetCurrency");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A new project needs a title");
    }
  }
}

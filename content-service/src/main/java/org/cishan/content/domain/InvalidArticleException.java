package org.cishan.content.domain;

import java.util.List;
import java.util.stream.Collectors;

/** An article that breaks its rules: each violation names the field and why (a 400). */
public class InvalidArticleException extends RuntimeException {

  /** One broken rule. */
  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public InvalidArticleException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + " " + v.message())
            .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public InvalidArticleException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}

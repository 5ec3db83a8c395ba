package org.cishan.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void acceptsTenCharactersThatAreNotTheLogin() {
    assertThat(PasswordRules.violations("correct-ho", "zhang@example.org")).isEmpty();
  }

  @Test
  void rejectsFewerThanTenCharacters() {
    assertThat(PasswordRules.violations("short-pw1", "zhang@example.org"))
        .containsExactly("must be at least 10 characters long");
  }

  @Test
  void countsCharactersNotBytes() {
    assertThat(PasswordRules.violations("慈善捐赠透明可信赖好", "zhang@example.org")).isEmpty();
    assertThat(PasswordRules.violations("慈善捐赠透明可信赖", "zhang@example.org"))
        .containsExactly("must be at least 10 characters long");
  }

  @Test
  void rejectsMoreThanBcryptsSeventyTwoBytes() {
    assertThat(PasswordRules.violations("密".repeat(25), "zhang@example.org"))
        .containsExactly("must be at most 72 bytes long (UTF-8)");
    assertThat(PasswordRules.violations("x".repeat(72), "zhang@example.org")).isEmpty();
  }

  @Test
  void rejectsTheLoginInAnySpellingOfIt() {
    assertThat(PasswordRules.violations("Zhang@Example.org", "zhang@example.org"))
        .containsExactly("must not be the login");
    assertThat(PasswordRules.violations("+86 138 0013 8000", "13800138000"))
        .containsExactly("must not be the login");
    assertThat(PasswordRules.violations("13800138000", "138-0013-8000"))
        .containsExactly("must not be the login");
  }

  @Test
  void reportsEveryBrokenRule() {
    assertThat(PasswordRules.violations("a@b.cn", "A@B.cn"))
        .containsExactly("must be at least 10 characters long", "must not be the login");
  }

  @Test
  void requiresAPassword() {
    assertThat(PasswordRules.violations(null, "zhang@example.org")).containsExactly("is required");
  }
}

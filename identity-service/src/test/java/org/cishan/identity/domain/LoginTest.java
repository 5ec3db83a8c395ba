package org.cishan.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginTest {

  @Nested
  class EmailAddresses {

    @Test
    void areLowerCasedAndStripped() {
      assertThat(Login.parse("  Zhang.San+gifts@Example.ORG ").map(Login::value))
          .contains("zhang.san+gifts@example.org");
    }

    @Test
    void typedWithFullWidthCharactersAreFoldedToAscii() {
      assertThat(Login.parse("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ").map(Login::value)).contains("zhang@example.cn");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"zhang@", "@example.org", "zhang@example", "a b@example.org", "a@@b.cn"})
    void withoutLocalPartOrDottedDomainAreRejected(String raw) {
      assertThat(Login.parse(raw)).isEmpty();
    }
  }

  @Nested
  class MobileNumbers {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "13800138000",
          "138 0013 8000",
          "138-0013-8000",
          "+86 138 0013 8000",
          "0086 13800138000",
          "8613800138000",
          "(+86) 138-0013-8000",
          "１３８００１３８０００"
        })
    void keepOnlyTheElevenDigits(String raw) {
      assertThat(Login.parse(raw).map(Login::value)).contains("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "+1 415 555 0100", "abc"})
    void outsideTheMainlandMobileRangeAreRejected(String raw) {
      assertThat(Login.parse(raw)).isEmpty();
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void nothingIsNoLogin(String raw) {
    assertThat(Login.parse(raw)).isEmpty();
  }

  @Test
  void overlongTextIsNoLogin() {
    assertThat(Login.parse("a".repeat(250) + "@example.org")).isEmpty();
  }

  @Test
  void constructorAcceptsOnlyNormalizedValues() {
    assertThatThrownBy(() -> new Login("Zhang@Example.org"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Login("13800138000").isEmail()).isFalse();
  }
}

package org.cishan.donation.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountInWordsTest {

  @ParameterizedTest(name = "{0} fen = {1}")
  @CsvSource({
    "0, 零元整",
    "1, 壹分",
    "50, 伍角整",
    "55, 伍角伍分",
    "100, 壹元整",
    "1000, 壹拾元整",
    "10000, 壹佰元整",
    "10005, 壹佰元零伍分",
    "100530, 壹仟零伍元叁角整",
    "100000, 壹仟元整",
    "1000000, 壹万元整",
    "1050000, 壹万零伍佰元整",
    "10000100, 壹拾万零壹元整",
    "20000005, 贰拾万元零伍分",
    "100100000, 壹佰万壹仟元整",
    "100010000, 壹佰万零壹佰元整",
    "10000000000, 壹亿元整",
    "10000100000, 壹亿零壹仟元整",
    "10010000000, 壹亿零壹拾万元整",
    "10000000100, 壹亿零壹元整",
    "12345678912, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
    "99999999999999, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
  })
  void writesTheAmountAsAReceiptDoes(long fen, String words) {
    assertThat(ChineseAmountInWords.of(fen)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({"-1", "100000000000000"})
  void refusesWhatItCannotWrite(long fen) {
    assertThatThrownBy(() -> ChineseAmountInWords.of(fen))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

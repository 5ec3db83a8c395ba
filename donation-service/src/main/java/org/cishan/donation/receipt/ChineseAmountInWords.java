package org.cishan.donation.receipt;

/**
 * An amount of renminbi in capital Chinese numerals (大写金额), as printed on receipts and cheques:
 * {@code 1005.30} is 壹仟零伍元叁角整. Zeros follow the usual rules: one 零 for a run of zeros inside the
 * number, none at the end of a group; 整 closes an amount without 分.
 */
public final class ChineseAmountInWords {

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] PLACES = {"", "拾", "佰", "仟"};
  private static final String[] GROUPS = {"", "万", "亿"};

  /** 9999 亿 9999 万 9999 元: far above the largest single gift the ledger accepts. */
  static final long MAX_FEN = 999_999_999_999_99L;

  private ChineseAmountInWords() {}

  public static String of(long fen) {
    if (fen < 0 || fen > MAX_FEN) {
      throw new IllegalArgumentException("Cannot write " + fen + " fen in words");
    }
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    StringBuilder words = new StringBuilder();
    if (yuan > 0) {
      words.append(yuanInWords(yuan)).append('元');
    }
    if (jiao > 0) {
      words.append(digit(jiao)).append('角');
    } else if (yuan > 0 && cents > 0) {
      words.append('零');
    }
    if (cents > 0) {
      words.append(digit(cents)).append('分');
    } else if (yuan > 0 || jiao > 0) {
      words.append('整');
    } else {
      words.append("零元整");
    }
    return words.toString();
  }

  private static String yuanInWords(long yuan) {
    int[] groups = new int[GROUPS.length];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = (int) (yuan % 10_000);
      yuan /= 10_000;
    }
    StringBuilder words = new StringBuilder();
    boolean started = false;
    boolean zeroPending = false;
    for (int i = groups.length - 1; i >= 0; i--) {
      int group = groups[i];
      if (group == 0) {
        zeroPending = started;
        continue;
      }
      if (started && (zeroPending || group < 1000)) {
        words.append('零');
      }
      words.append(groupInWords(group)).append(GROUPS[i]);
      started = true;
      zeroPending = false;
    }
    return words.toString();
  }

  /** 1 to 9999, without leading or trailing 零. */
  private static String groupInWords(int group) {
    StringBuilder words = new StringBuilder();
    boolean started = false;
    boolean zeroPending = false;
    for (int place = 3; place >= 0; place--) {
      int d = group / (int) Math.pow(10, place) % 10;
      if (d == 0) {
        zeroPending = started;
        continue;
      }
      if (zeroPending) {
        words.append('零');
        zeroPending = false;
      }
      words.append(digit(d)).append(PLACES[place]);
      started = true;
    }
    return words.toString();
  }

  private static char digit(int d) {
    return DIGITS.charAt(d);
  }
}

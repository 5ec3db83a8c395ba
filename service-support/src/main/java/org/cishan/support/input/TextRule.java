package org.cishan.support.input;

import org.springframework.lang.Nullable;

/**
 * What free text may contain, wherever it comes in (JSON strings, query parameters, path variables,
 * form fields): no NUL and no other C0/C1 control character except tab, LF and CR (DEL included;
 * PostgreSQL refuses NUL in text, and the rest has no business in a title or a name), no unpaired
 * surrogate (it cannot be encoded as UTF-8), no bidirectional embedding, override or isolate
 * (U+202A–U+202E, U+2066–U+2069: they make text display other than it reads), and at most {@link
 * #MAX_LENGTH} characters in one string. Per-field limits ({@code @Size}) stay where they are; this
 * is the ceiling for every string.
 */
public final class TextRule {

  /** The longest single string any request may carry (an article body is at most 100,000). */
  public static final int MAX_LENGTH = 200_000;

  private TextRule() {}

  /** Why {@code text} is refused, or {@code null} when it obeys the rule. */
  @Nullable
  public static String problemWith(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return "contains a control character (" + codePoint(c) + ")";
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return "contains a bidirectional control character (" + codePoint(c) + ")";
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "contains an unpaired surrogate (" + codePoint(c) + ")";
      }
    }
    return null;
  }

  /** Returns {@code text} when it obeys the rule. */
  public static String check(String text) {
    String problem = problemWith(text);
    if (problem != null) {
      throw new InputRefusedException(problem);
    }
    return text;
  }

  static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}

package org.cishan.content.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An article's name in public URLs ({@code /api/content/articles/by-slug/{slug}}): lower-case Latin
 * letters and digits in groups joined by single hyphens, at most {@value #MAX} characters. An
 * editor may choose it when writing the article; otherwise it is made from the title's Latin words
 * (or the date, for a title without any) and the start of the article id, so it is unique. It never
 * changes afterwards, so links keep working after edits.
 */
public final class Slug {

  public static final int MAX = 100;
  public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
  private static final Pattern VALID = Pattern.compile(PATTERN);
  private static final Pattern NOT_LATIN = Pattern.compile("[^a-z0-9]+");
  private static final int WORDS_MAX = 60;

  private Slug() {}

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX && VALID.matcher(slug).matches();
  }

  /**
   * e.g. {@code elderly-home-renovation-3f9a1c2b}, or {@code 2026-11-27-3f9a1c2b} for a title in
   * Chinese only.
   */
  public static String generate(String title, Instant at, UUID id) {
    String suffix = id.toString().substring(0, 8);
    String words = NOT_LATIN.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
    words = trimHyphens(words.length() > WORDS_MAX ? words.substring(0, WORDS_MAX) : words);
    String prefix =
        words.length() >= 3 ? words : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return prefix + "-" + suffix;
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}

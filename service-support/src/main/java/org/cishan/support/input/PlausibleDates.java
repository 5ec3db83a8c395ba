package org.cishan.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import java.util.function.Function;

/**
 * Dates and times from outside: ISO-8601 only, in the years {@value #MIN_YEAR} to {@value
 * #MAX_YEAR}. {@code LocalDate.parse} takes "-999999999-01-01", and arithmetic on such a date
 * overflows later (a 500 instead of a 400).
 */
public final class PlausibleDates {

  public static final int MIN_YEAR = 1;
  public static final int MAX_YEAR = 9999;

  /** The types this rule covers, in JSON and in request parameters. */
  public static final Set<Class<?>> TYPES =
      Set.of(
          LocalDate.class,
          LocalDateTime.class,
          Instant.class,
          OffsetDateTime.class,
          ZonedDateTime.class);

  private static final Instant FIRST_INSTANT =
      LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant AFTER_LAST_INSTANT =
      LocalDate.of(MAX_YEAR, 12, 31).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

  static final String OUT_OF_RANGE =
      "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR;

  private PlausibleDates() {}

  /** Returns {@code value} when its year is plausible. */
  public static <T> T check(T value) {
    int year = yearOf(value);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InputRefusedException(OUT_OF_RANGE);
    }
    return value;
  }

  public static LocalDate parseDate(String text) {
    return parse(text, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, "2026-12-31");
  }

  public static Instant parseInstant(String text) {
    return parse(text, DateTimeFormatter.ISO_INSTANT, Instant::from, "2026-12-31T08:00:00Z");
  }

  public static OffsetDateTime parseOffsetDateTime(String text) {
    return parse(
        text,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME,
        OffsetDateTime::from,
        "2026-12-31T16:00:00+08:00");
  }

  private static <T> T parse(
      String text, DateTimeFormatter format, Function<TemporalAccessor, T> query, String example) {
    try {
      return check(format.parse(text, query::apply));
    } catch (DateTimeParseException e) {
      throw new InputRefusedException("is not an ISO-8601 value like " + example);
    }
  }

  private static int yearOf(Object value) {
    if (value instanceof LocalDate date) {
      return date.getYear();
    } else if (value instanceof LocalDateTime dateTime) {
      return dateTime.getYear();
    } else if (value instanceof Instant instant) {
      // compared, not converted: Instant.MAX is beyond what OffsetDateTime holds
      return instant.isBefore(FIRST_INSTANT)
          ? MIN_YEAR - 1
          : instant.isBefore(AFTER_LAST_INSTANT)
              ? instant.atOffset(ZoneOffset.UTC).getYear()
              : MAX_YEAR + 1;
    } else if (value instanceof OffsetDateTime dateTime) {
      return dateTime.getYear();
    } else if (value instanceof ZonedDateTime dateTime) {
      return dateTime.getYear();
    }
    throw new IllegalArgumentException("Not a date or time: " + value.getClass());
  }
}

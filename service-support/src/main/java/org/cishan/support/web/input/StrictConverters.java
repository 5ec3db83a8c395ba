package org.cishan.support.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cishan.support.input.CanonicalUuid;
import org.cishan.support.input.InputRefusedException;
import org.cishan.support.input.PlausibleDates;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.NumberUtils;

/**
 * Query parameters and path variables as strictly as JSON: canonical UUIDs, ISO-8601 dates in
 * plausible years, enums by exact name, whole numbers as plain decimal digits. Spring's own
 * converters trim ({@code /api/donations/%20<id>/void} voided the gift), read "0x10" as 16 and
 * dates in the server's locale. An empty value stays "absent" (null), as before. Registered after
 * Spring's defaults, so they win: a {@code GenericConversionService} tries the converters of a type
 * pair newest first.
 */
final class StrictConverters {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

  private StrictConverters() {}

  static final Converter<String, UUID> UUIDS = absentOr(CanonicalUuid::parse);

  static void register(FormatterRegistry registry) {
    registry.addConverter(String.class, UUID.class, UUIDS);
    registry.addConverter(String.class, LocalDate.class, absentOr(PlausibleDates::parseDate));
    registry.addConverter(String.class, Instant.class, absentOr(PlausibleDates::parseInstant));
    registry.addConverter(
        String.class, OffsetDateTime.class, absentOr(PlausibleDates::parseOffsetDateTime));
    registry.addConverterFactory(new EnumByExactName());
    registry.addConverterFactory(new PlainNumbers());
  }

  private static <T> Converter<String, T> absentOr(Converter<String, T> strict) {
    return text -> text.isEmpty() ? null : strict.convert(text);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class EnumByExactName implements ConverterFactory<String, Enum> {
    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
      Class<?> type = targetType;
      while (type != null && !type.isEnum()) {
        type = type.getSuperclass(); // an enum constant with a body is a subclass
      }
      Class enumType = type;
      return absentOr(
          text -> {
            try {
              return (T) Enum.valueOf(enumType, text);
            } catch (IllegalArgumentException unknown) {
              throw new InputRefusedException(
                  "must be one of "
                      + Arrays.stream(enumType.getEnumConstants())
                          .map(c -> ((Enum) c).name())
                          .collect(Collectors.joining(", ")));
            }
          });
    }
  }

  static <T extends Number> Converter<String, T> number(Class<T> type) {
    return new PlainNumbers().getConverter(type);
  }

  private static final class PlainNumbers implements ConverterFactory<String, Number> {
    @Override
    public <T extends Number> Converter<String, T> getConverter(Class<T> targetType) {
      boolean whole =
          targetType == Integer.class
              || targetType == Long.class
              || targetType == Short.class
              || targetType == Byte.class;
      return absentOr(
          text -> {
            if (whole && !WHOLE_NUMBER.matcher(text).matches()) {
              throw new InputRefusedException("must be a whole number");
            }
            try {
              return NumberUtils.parseNumber(text, targetType);
            } catch (IllegalArgumentException e) {
              throw new InputRefusedException(
                  whole ? "is out of range for a whole number" : "must be a number");
            }
          });
    }
  }
}

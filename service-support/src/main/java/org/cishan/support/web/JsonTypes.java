package org.cishan.support.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a Java type looks like in JSON, in words, for refusal messages. */
final class JsonTypes {

  private static final Set<Class<?>> WHOLE =
      Set.of(
          int.class,
          long.class,
          short.class,
          byte.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          BigInteger.class);

  private static final Pattern SENT =
      Pattern.compile(
          "(?:Cannot coerce|from) (String|Integer|Floating-point|Boolean|Object|Array)");

  private JsonTypes() {}

  static String expected(Class<?> type) {
    if (WHOLE.contains(type)) {
      return "a whole number";
    } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    } else if (type == UUID.class) {
      return "a UUID string";
    } else if (type.isEnum()) {
      return "one of " + enumNames(type);
    } else if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date or time string";
    } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value";
  }

  /**
   * A value of the wrong kind for {@code type}, e.g. {@code 1.5} for a long or "100" for a number.
   */
  static String invalidFormat(Class<?> type, Object value) {
    if (type.isEnum()) {
      return "must be one of " + enumNames(type);
    }
    if (WHOLE.contains(type) && isFraction(value)) {
      return "must be a whole number, not a fraction";
    }
    if (value instanceof String text && text.isEmpty()) {
      return "must be " + expected(type) + ", not an empty string";
    }
    if (value instanceof String) {
      return "must be " + expected(type) + ", not a string";
    }
    if (value instanceof Number) {
      return "must be " + expected(type) + ", not a number";
    }
    if (value instanceof Boolean) {
      return "must be " + expected(type) + ", not a boolean";
    }
    return "must be " + expected(type);
  }

  /**
   * A mismatch Jackson reports only in words ("Cannot coerce String value (...)", "from Boolean
   * value"): what the client sent instead, e.g. ", not a string", or nothing when unknown.
   */
  static String sentInstead(String jacksonMessage) {
    Matcher sent = SENT.matcher(jacksonMessage);
    if (!sent.find()) {
      return "";
    }
    return switch (sent.group(1)) {
      case "String" -> ", not a string";
      case "Integer", "Floating-point" -> ", not a number";
      case "Boolean" -> ", not a boolean";
      case "Object" -> ", not an object";
      case "Array" -> ", not an array";
      default -> "";
    };
  }

  private static boolean isFraction(Object value) {
    return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
  }

  private static String enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }
}

package org.cishan.support.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How every servlet service reads JSON request bodies: exactly what the request records declare, or
 * a 400 naming the field.
 *
 * <ul>
 *   <li>one JSON value and nothing after it (no {@code {...} xyz}, no {@code {...}{}}); a key at
 *       most once per object;
 *   <li>no coercion: a whole number for an integer ({@code 1.5} and {@code 1.0} are refused, not
 *       truncated), a number for a number and a string for text (never {@code "100"} for a number
 *       nor {@code 100} for text), {@code true}/{@code false} for a boolean, and no empty string
 *       read as null or as an empty object;
 *   <li>enums by their exact names, never by number or by an unknown name;
 *   <li>UUIDs in canonical form only, text obeying {@link org.cishan.support.input.TextRule}, dates
 *       and times as ISO-8601 strings in plausible years ({@link
 *       org.cishan.support.input.PlausibleDates}); {@code null} for a primitive is refused;
 *   <li><b>unknown fields are refused</b> ({@code FAIL_ON_UNKNOWN_PROPERTIES}): a request is a
 *       command, and a misspelt optional field ({@code "projectID"}) would otherwise be dropped
 *       silently — an earmarked gift recorded as unrestricted. Clients are generated from the
 *       services' OpenAPI descriptions, so they send only what the records declare.
 * </ul>
 *
 * <p>This is for requests only. The application's own {@code ObjectMapper} bean stays Boot's
 * tolerant one, because it also reads Kafka integration events (Spring Cloud Stream's JSON
 * converter and the services' consumers), Axon's stored events and the JSON the services keep in
 * their tables: contracts evolve additively and readers must ignore fields they do not know, and an
 * event stored before a rule existed must stay readable. {@link #strictCopyOf} therefore copies a
 * mapper (keeping its modules, e.g. java.time and ProblemDetail) instead of changing it.
 */
public final class StrictJson {

  private StrictJson() {}

  /** A strict copy of {@code base}; {@code base} itself is left as it was. */
  public static ObjectMapper strictCopyOf(ObjectMapper base) {
    ObjectMapper strict = base.copy();
    strict.enable(
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    strict.disable(
        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    refuseCoercions(strict);
    strict.registerModule(new StrictJsonModule());
    return strict;
  }

  private static void refuseCoercions(ObjectMapper strict) {
    strict
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      strict
          .coercionConfigFor(numeric)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    strict
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    strict
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    strict
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}

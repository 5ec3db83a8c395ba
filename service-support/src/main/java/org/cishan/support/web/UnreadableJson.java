package org.cishan.support.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.cishan.support.json.JsonRefusal;
import org.cishan.support.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Why a JSON request body was refused, as one {@link FieldError}: the JSON path of the field
 * ({@code amount.minorUnits}, {@code galleryImageIds[2]}) or {@code body}, and a reason a client's
 * developer can act on (wrong type, a fraction for an integer, content after the value, an unknown
 * enum value naming the allowed ones, a bad UUID or text, a repeated key, …).
 */
final class UnreadableJson {

  private UnreadableJson() {}

  static FieldError explain(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldError(path(mapping.getPath()), reason(mapping));
    }
    if (cause instanceof MismatchedInputException mismatch) {
      return new FieldError("body", bodyMismatch(mismatch));
    }
    if (cause instanceof StreamReadException malformed) {
      return malformed(malformed);
    }
    if (cause instanceof StreamConstraintsException) {
      return new FieldError("body", "exceeds a JSON size or nesting limit");
    }
    if (cause == null && String.valueOf(e.getMessage()).startsWith("Required request body")) {
      return new FieldError("body", "is missing");
    }
    return new FieldError("body", "is not readable JSON");
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof JsonRefusal refusal) {
      return refusal.reason();
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a field of this request";
    }
    if (e.getCause() instanceof InputCoercionException range) {
      return "is out of range for " + JsonTypes.expected(range.getTargetType());
    }
    if (e instanceof InvalidFormatException format) {
      return JsonTypes.invalidFormat(format.getTargetType(), format.getValue());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> type = mismatch.getTargetType();
      if (type.isPrimitive() && String.valueOf(mismatch.getOriginalMessage()).contains("null")) {
        return "must be " + JsonTypes.expected(type) + ", not null";
      }
      return "must be "
          + JsonTypes.expected(type)
          + JsonTypes.sentInstead(String.valueOf(mismatch.getOriginalMessage()));
    }
    return "has an invalid value";
  }

  private static String bodyMismatch(MismatchedInputException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Trailing token")) {
      return "has more content after the JSON value";
    }
    if (message.startsWith("No content to map")) {
      return "is empty";
    }
    return e.getTargetType() == null
        ? "is not readable JSON"
        : "must be " + JsonTypes.expected(e.getTargetType());
  }

  private static FieldError malformed(StreamReadException e) {
    JsonParser parser = e.getProcessor();
    JsonStreamContext context = parser == null ? null : parser.getParsingContext();
    if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") && context != null) {
      return new FieldError(path(context), "appears more than once");
    }
    if (e instanceof JsonEOFException) {
      return new FieldError("body", "ends before the JSON value is complete");
    }
    if (context != null && context.inRoot() && context.getCurrentIndex() > 0) {
      return new FieldError("body", "has more content after the JSON value");
    }
    return new FieldError("body", "is not well-formed JSON" + where(e.getLocation()));
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    return references.stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        parts.push(c.getCurrentName());
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts).replace(".[", "[");
  }
}

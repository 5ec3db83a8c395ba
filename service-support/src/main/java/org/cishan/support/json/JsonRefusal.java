package org.cishan.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the strict rules refuse, with the reason in words for the answer's {@code
 * errors[].message}; Jackson adds the path of the field on its way out (e.g. {@code donorName},
 * {@code galleryImageIds[2]}).
 */
public class JsonRefusal extends MismatchedInputException {

  private final String reason;

  JsonRefusal(JsonParser parser, Class<?> targetType, String reason) {
    super(parser, reason, targetType);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}

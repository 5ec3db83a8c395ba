package org.cishan.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The JSON kind of the parser's current value, in words: "a number", "an object", … */
final class Tokens {

  private Tokens() {}

  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_STRING -> "a string";
      case START_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NULL -> "null";
      default -> "a " + token.name().toLowerCase();
    };
  }
}

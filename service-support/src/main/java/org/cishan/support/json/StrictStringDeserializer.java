package org.cishan.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.cishan.support.input.TextRule;

/**
 * Every {@code String} read from a request: a JSON string only (a number or boolean is not text),
 * obeying the {@link TextRule}.
 */
class StrictStringDeserializer extends StdScalarDeserializer<String> {

  StrictStringDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw new JsonRefusal(p, String.class, "must be a string, not " + Tokens.describe(p));
    }
    if (p.getTextLength() > TextRule.MAX_LENGTH) {
      throw new JsonRefusal(
          p, String.class, "is longer than " + TextRule.MAX_LENGTH + " characters");
    }
    String text = p.getText();
    String problem = TextRule.problemWith(text);
    if (problem != null) {
      throw new JsonRefusal(p, String.class, problem);
    }
    return text;
  }
}

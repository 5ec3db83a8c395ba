package org.cishan.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import org.cishan.support.input.InputRefusedException;
import org.cishan.support.input.PlausibleDates;

/**
 * Wraps Jackson's own date and time readers ({@link PlausibleDates#TYPES}): the value must be an
 * ISO-8601 string without surrounding spaces (no epoch numbers, no {@code [2026,1,1]} arrays — the
 * readers take both, and trim), and its year plausible.
 */
class PlausibleTemporalDeserializer extends DelegatingDeserializer {

  PlausibleTemporalDeserializer(JsonDeserializer<?> delegatee) {
    super(delegatee);
  }

  /** Applies the wrapper to every date and time type. */
  static class Modifier extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> reader) {
      return PlausibleDates.TYPES.contains(description.getBeanClass())
          ? new PlausibleTemporalDeserializer(reader)
          : reader;
    }
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new PlausibleTemporalDeserializer(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Class<?> type = handledType();
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw new JsonRefusal(p, type, "must be an ISO-8601 string, not " + Tokens.describe(p));
    }
    String text = p.getText();
    if (!text.equals(text.strip())) {
      throw new JsonRefusal(p, type, "must not have spaces around it");
    }
    Object value = super.deserialize(p, ctxt);
    try {
      return value == null ? null : PlausibleDates.check(value);
    } catch (InputRefusedException e) {
      throw new JsonRefusal(p, type, e.reason());
    }
  }
}

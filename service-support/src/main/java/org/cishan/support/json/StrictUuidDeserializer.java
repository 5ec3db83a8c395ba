package org.cishan.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.UUID;
import org.cishan.support.input.CanonicalUuid;
import org.cishan.support.input.InputRefusedException;

/**
 * UUIDs as JSON strings in canonical form only ({@link CanonicalUuid}): Jackson's own reader trims
 * and takes 24-character base64 as well.
 */
class StrictUuidDeserializer extends StdScalarDeserializer<UUID> {

  StrictUuidDeserializer() {
    super(UUID.class);
  }

  @Override
  public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw new JsonRefusal(p, UUID.class, "must be a UUID string, not " + Tokens.describe(p));
    }
    try {
      return CanonicalUuid.parse(p.getText());
    } catch (InputRefusedException e) {
      throw new JsonRefusal(p, UUID.class, e.reason());
    }
  }
}

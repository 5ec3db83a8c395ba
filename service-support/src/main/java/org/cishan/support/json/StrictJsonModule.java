package org.cishan.support.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.UUID;

/** The strict readers: text obeying the text rule, canonical UUIDs, plausible ISO-8601 dates. */
class StrictJsonModule extends SimpleModule {

  StrictJsonModule() {
    super("cishan-strict-input");
    addDeserializer(String.class, new StrictStringDeserializer());
    addDeserializer(UUID.class, new StrictUuidDeserializer());
    setDeserializerModifier(new PlausibleTemporalDeserializer.Modifier());
  }
}

package org.cishan.support.web.input;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import org.cishan.support.input.TextRule;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The input rules for what Spring MVC binds outside JSON: path variables (they arrive URL-decoded,
 * so {@code %01} is a control character by then), request parameters, form and multipart fields
 * (e.g. an image's {@code alt} text) and {@code @ModelAttribute} records. A refusal is a type
 * mismatch of that parameter, answered 400 naming it.
 *
 * <p>Editors, not only converters: when a converter of the MVC conversion service refuses a value,
 * Spring's data binder falls back to its default property editors, and those trim ({@code
 * UUIDEditor}) or read hexadecimal ({@code CustomNumberEditor}). A registered editor is used
 * instead of both.
 */
@ControllerAdvice
public class StrictBinding {

  @InitBinder
  void strictEditors(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new ParsingEditor(TextRule::check));
    binder.registerCustomEditor(UUID.class, new ParsingEditor(StrictConverters.UUIDS));
    for (Class<?> whole : new Class<?>[] {Integer.class, int.class}) {
      binder.registerCustomEditor(whole, new ParsingEditor(StrictConverters.number(Integer.class)));
    }
    for (Class<?> whole : new Class<?>[] {Long.class, long.class}) {
      binder.registerCustomEditor(whole, new ParsingEditor(StrictConverters.number(Long.class)));
    }
  }

  /** Text to value by one of the strict converters; its refusal propagates. */
  static class ParsingEditor extends PropertyEditorSupport {
    private final Converter<String, ?> parse;

    ParsingEditor(Converter<String, ?> parse) {
      this.parse = parse;
    }

    @Override
    public void setAsText(String text) {
      setValue(text == null ? null : parse.convert(text));
    }
  }
}

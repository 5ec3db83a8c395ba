package org.cishan.support.web.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.cishan.support.input.InputRefusedException;

/**
 * Decodes one part of a raw query string: %XY escapes and raw bytes as UTF-8, '+' as a space; a
 * broken escape or a byte sequence that is not UTF-8 is refused rather than replaced.
 */
final class PercentDecoding {

  static final String MALFORMED = "is not valid percent-encoded UTF-8";

  private PercentDecoding() {}

  static String decodeQueryPart(String raw) {
    if (raw.chars().allMatch(c -> c < 0x80 && c != '%' && c != '+')) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new InputRefusedException(MALFORMED);
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new InputRefusedException(MALFORMED);
        }
        bytes.write((high << 4) + low);
        i += 2;
      } else if (c < 0x100) {
        bytes.write(c); // a raw byte, as the container read it (ISO-8859-1)
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputRefusedException(MALFORMED);
    }
  }
}

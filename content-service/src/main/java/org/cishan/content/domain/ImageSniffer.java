package org.cishan.content.domain;

/**
 * Tells an image's format and dimensions from its bytes alone — the file name and the declared
 * content type are never trusted. JPEG: the SOI marker and the first start-of-frame segment; PNG:
 * the signature and the IHDR chunk; WebP: the RIFF/WEBP header and its VP8, VP8L or VP8X chunk.
 * Anything else — another format, a truncated header, a zero or over-large side — is refused. The
 * pixels themselves are never decoded, so a decompression bomb costs nothing here.
 */
public final class ImageSniffer {

  /** The longest side accepted, in pixels (WebP's own limit is 16383). */
  public static final int MAX_SIDE = 16_384;

  /** What the bytes are. */
  public record Sniffed(ImageFormat format, int width, int height) {}

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageSniffer() {}

  public static Sniffed sniff(byte[] bytes) {
    Sniffed sniffed;
    if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      sniffed = jpeg(bytes);
    } else if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      sniffed = png(bytes);
    } else if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
      sniffed = webp(bytes);
    } else {
      throw new UnsupportedImageException("The file is not a JPEG, PNG or WebP image");
    }
    if (sniffed.width() < 1
        || sniffed.height() < 1
        || sniffed.width() > MAX_SIDE
        || sniffed.height() > MAX_SIDE) {
      throw new UnsupportedImageException(
          "The image is "
              + sniffed.width()
              + "×"
              + sniffed.height()
              + " pixels; each side must be 1 to "
              + MAX_SIDE);
    }
    return sniffed;
  }

  private static Sniffed jpeg(byte[] b) {
    int pos = 2;
    while (pos + 4 <= b.length) {
      if ((b[pos] & 0xFF) != 0xFF) {
        throw unreadable("JPEG");
      }
      int marker = b[pos + 1] & 0xFF;
      if (marker == 0xFF) {
        pos++; // fill byte
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
        pos += 2; // a marker without a segment
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        break; // end of image or start of scan before any frame header
      }
      int length = u16be(b, pos + 2);
      if (length < 2) {
        throw unreadable("JPEG");
      }
      if (isStartOfFrame(marker)) {
        if (pos + 9 > b.length) {
          break;
        }
        return new Sniffed(ImageFormat.JPEG, u16be(b, pos + 7), u16be(b, pos + 5));
      }
      pos += 2 + length;
    }
    throw unreadable("JPEG");
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  private static Sniffed png(byte[] b) {
    if (b.length < 24 || u32be(b, 8) != 13 || !startsWith(b, 12, ascii("IHDR"))) {
      throw unreadable("PNG");
    }
    long width = u32be(b, 16);
    long height = u32be(b, 20);
    return new Sniffed(ImageFormat.PNG, clamp(width), clamp(height));
  }

  private static Sniffed webp(byte[] b) {
    if (b.length < 30) {
      throw unreadable("WebP");
    }
    if (startsWith(b, 12, ascii("VP8 "))) {
      if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
        throw unreadable("WebP");
      }
      return new Sniffed(ImageFormat.WEBP, u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
    }
    if (startsWith(b, 12, ascii("VP8L"))) {
      if ((b[20] & 0xFF) != 0x2F) {
        throw unreadable("WebP");
      }
      long bits = u32le(b, 21);
      return new Sniffed(
          ImageFormat.WEBP, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
    }
    if (startsWith(b, 12, ascii("VP8X"))) {
      return new Sniffed(ImageFormat.WEBP, u24le(b, 24) + 1, u24le(b, 27) + 1);
    }
    throw unreadable("WebP");
  }

  private static UnsupportedImageException unreadable(String format) {
    return new UnsupportedImageException(
        "The file starts like a " + format + " image but its size cannot be read");
  }

  private static int clamp(long side) {
    return (int) Math.min(side, Integer.MAX_VALUE);
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static int u16be(byte[] b, int i) {
    return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
  }

  private static long u32be(byte[] b, int i) {
    return ((long) u16be(b, i) << 16) | u16be(b, i + 2);
  }

  private static int u16le(byte[] b, int i) {
    return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
  }

  private static int u24le(byte[] b, int i) {
    return u16le(b, i) | ((b[i + 2] & 0xFF) << 16);
  }

  private static long u32le(byte[] b, int i) {
    return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
  }
}

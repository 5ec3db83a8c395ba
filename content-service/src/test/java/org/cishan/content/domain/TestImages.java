package org.cishan.content.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Real images made with the JDK's encoders, a real WebP, and files that only pretend. */
public final class TestImages {

  /** A 1×1 lossless WebP (VP8L), as libwebp writes it. */
  public static final byte[] WEBP_1X1 =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private TestImages() {}

  public static byte[] jpeg(int width, int height) {
    return encode("jpg", width, height, BufferedImage.TYPE_INT_RGB);
  }

  public static byte[] png(int width, int height) {
    return encode("png", width, height, BufferedImage.TYPE_INT_ARGB);
  }

  public static byte[] gif(int width, int height) {
    return encode("gif", width, height, BufferedImage.TYPE_INT_RGB);
  }

  /** A lossy WebP header (VP8) of the given size, as the sniffer reads it. */
  public static byte[] webpLossy(int width, int height) {
    byte[] b = new byte[40];
    put(b, 0, "RIFF");
    put(b, 8, "WEBP");
    put(b, 12, "VP8 ");
    b[23] = (byte) 0x9D;
    b[24] = 0x01;
    b[25] = 0x2A;
    b[26] = (byte) width;
    b[27] = (byte) (width >> 8);
    b[28] = (byte) height;
    b[29] = (byte) (height >> 8);
    return b;
  }

  /** A WebP header whose first chunk is {@code fourCc}, long enough to be read. */
  public static byte[] webpWithChunk(String fourCc) {
    byte[] b = webpLossy(10, 10);
    put(b, 12, fourCc);
    return b;
  }

  /** A real JPEG whose frame header says it is 0 pixels high. */
  public static byte[] jpegOfHeightZero() {
    byte[] jpeg = jpeg(8, 8);
    for (int i = 2; i + 8 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
        jpeg[i + 5] = 0;
        jpeg[i + 6] = 0;
        return jpeg;
      }
    }
    throw new IllegalStateException("No baseline frame header");
  }

  /** An extended WebP header (VP8X) of the given size. */
  public static byte[] webpExtended(int width, int height) {
    byte[] b = new byte[40];
    put(b, 0, "RIFF");
    put(b, 8, "WEBP");
    put(b, 12, "VP8X");
    int w = width - 1;
    int h = height - 1;
    b[24] = (byte) w;
    b[25] = (byte) (w >> 8);
    b[26] = (byte) (w >> 16);
    b[27] = (byte) h;
    b[28] = (byte) (h >> 8);
    b[29] = (byte) (h >> 16);
    return b;
  }

  /** The first {@code length} bytes of {@code bytes}. */
  public static byte[] truncated(byte[] bytes, int length) {
    return Arrays.copyOf(bytes, length);
  }

  public static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void put(byte[] b, int offset, String ascii) {
    byte[] chars = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(chars, 0, b, offset, chars.length);
  }

  private static byte[] encode(String format, int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xC8102E));
    g.fillRect(0, 0, width / 2 + 1, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No " + format + " writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

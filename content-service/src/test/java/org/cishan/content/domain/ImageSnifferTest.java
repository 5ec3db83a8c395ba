package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.cishan.content.domain.ImageSniffer.Sniffed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageSnifferTest {

  static Stream<Arguments> images() {
    return Stream.of(
        Arguments.of(TestImages.jpeg(640, 480), new Sniffed(ImageFormat.JPEG, 640, 480)),
        Arguments.of(TestImages.jpeg(1, 3000), new Sniffed(ImageFormat.JPEG, 1, 3000)),
        Arguments.of(TestImages.png(800, 600), new Sniffed(ImageFormat.PNG, 800, 600)),
        Arguments.of(TestImages.WEBP_1X1, new Sniffed(ImageFormat.WEBP, 1, 1)),
        Arguments.of(TestImages.webpLossy(1920, 1080), new Sniffed(ImageFormat.WEBP, 1920, 1080)),
        Arguments.of(
            TestImages.webpExtended(16_384, 200), new Sniffed(ImageFormat.WEBP, 16_384, 200)));
  }

  @ParameterizedTest
  @MethodSource("images")
  void tellsTheFormatAndSizeFromTheBytes(byte[] bytes, Sniffed expected) {
    assertThat(ImageSniffer.sniff(bytes)).isEqualTo(expected);
  }

  static Stream<Arguments> notImages() {
    byte[] jpeg = TestImages.jpeg(64, 64);
    byte[] png = TestImages.png(64, 64);
    return Stream.of(
        Arguments.of("a GIF", TestImages.gif(10, 10)),
        Arguments.of("HTML named .jpg", TestImages.text("<html><script>alert(1)</script>")),
        Arguments.of("an SVG", TestImages.text("<svg xmlns='http://www.w3.org/2000/svg'/>")),
        Arguments.of("a PDF", TestImages.text("%PDF-1.7\n")),
        Arguments.of("nothing", new byte[0]),
        Arguments.of("a JPEG cut after its start", TestImages.truncated(jpeg, 3)),
        Arguments.of("a JPEG cut before its frame header", TestImages.truncated(jpeg, 20)),
        Arguments.of("a PNG cut in its header", TestImages.truncated(png, 20)),
        Arguments.of("a PNG signature alone", TestImages.truncated(png, 8)),
        Arguments.of("RIFF but a WAV", TestImages.text("RIFF\0\0\0\0WAVEfmt ")),
        Arguments.of(
            "a WebP too short for its header", TestImages.truncated(TestImages.WEBP_1X1, 12)),
        Arguments.of("a WebP with an unknown chunk", TestImages.webpWithChunk("VP8Z")),
        Arguments.of("a zero-width WebP", TestImages.webpLossy(0, 10)),
        Arguments.of("a zero-height JPEG", TestImages.jpegOfHeightZero()),
        Arguments.of("a WebP too wide", TestImages.webpExtended(16_385, 10)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notImages")
  void refusesWhatIsNotAReadableJpegPngOrWebp(String what, byte[] bytes) {
    assertThatThrownBy(() -> ImageSniffer.sniff(bytes))
        .isInstanceOf(UnsupportedImageException.class);
  }

  @Test
  void refusesAPngClaimingMoreThanTheLargestSide() {
    byte[] png = TestImages.png(2, 2);
    png[16] = 0x7F; // width 0x7F000002

    assertThatThrownBy(() -> ImageSniffer.sniff(png))
        .isInstanceOf(UnsupportedImageException.class)
        .hasMessageContaining("each side must be 1 to 16384");
  }
}

package org.cishan.content.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile bodies: nothing that can run survives, the text does. */
class BodySanitizerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>善款<script>alert(document.cookie)</script>到位</p>",
        "<p onclick=\"steal()\">善款到位</p>",
        "<p>善款到位<img src=\"x\" onerror=\"steal()\"></p>",
        "<p><a href=\"javascript:steal()\">善款到位</a></p>",
        "<p><a href=\"JaVaScRiPt:steal()\">善款到位</a></p>",
        "<p><a href=\"&#106;avascript:steal()\">善款到位</a></p>",
        "<p><a href=\" javascript:steal()\">善款到位</a></p>",
        "<p>善款到位<iframe src=\"https://evil.example/\"></iframe></p>",
        "<p>善款到位<svg onload=\"steal()\"><circle r=\"1\"/></svg></p>",
        "<p>善款到位<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"></p>",
        "<style>body{background:url(javascript:steal())}</style><p>善款到位</p>",
        "<p style=\"background:url(javascript:steal())\">善款到位</p>",
        "<form action=\"https://evil.example\"><input name=\"x\"></form><p>善款到位</p>",
        "<p>善款到位</p><object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
        "<p>善款<scr<script>ipt>alert(1)</script>到位</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=steal()></style></mglyph></table></mtext></math><p>善款到位</p>"
      })
  void nothingThatCanRunSurvivesAndTheTextStays(String hostile) {
    String cleaned = BodySanitizer.clean(hostile).toLowerCase();

    assertThat(cleaned)
        .doesNotContain("<script", "javascript", "onerror", "onclick", "onload", "<iframe", "<svg")
        .doesNotContain("<style", "style=", "<form", "<input", "<object", "<embed", "data:");
    assertThat(cleaned).contains("善款").contains("到位");
  }

  @Test
  void keepsTheRichTextAnEditorWrites() {
    String body =
        "<h2>走访纪实</h2><p><strong>石门县</strong>的<em>敬老院</em>已完工。</p>"
            + "<ul><li>改造房间 20 间</li></ul><blockquote>老人们很满意</blockquote>"
            + "<p><a href=\"https://cishan.example/projects/1\">项目详情</a>"
            + "<img src=\"https://cishan.example/img/1.jpg\" alt=\"完工照片\"></p>";

    String cleaned = BodySanitizer.clean(body);

    assertThat(cleaned)
        .contains("<h2>走访纪实</h2>", "<strong>石门县</strong>", "<em>敬老院</em>", "<li>")
        .contains("<blockquote>", "src=\"https://cishan.example/img/1.jpg\"", "alt=\"完工照片\"")
        .contains("href=\"https://cishan.example/projects/1\"", "rel=\"nofollow noopener\"");
  }

  @Test
  void aBodyOfOnlyUnsafeMarkupHasNothingLeft() {
    assertThat(BodySanitizer.hasContent(BodySanitizer.clean("<script>alert(1)</script>")))
        .isFalse();
    assertThat(BodySanitizer.hasContent(BodySanitizer.clean("<p> </p><iframe></iframe>")))
        .isFalse();
    assertThat(BodySanitizer.hasContent(BodySanitizer.clean("<img src=\"https://e.x/a.png\">")))
        .isTrue();
  }
}

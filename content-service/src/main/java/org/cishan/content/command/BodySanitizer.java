package org.cishan.content.command;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An article body's rich text, cleaned on the way in against an allowlist: paragraphs, headings,
 * emphasis, lists, quotes, tables, links (http, https, mailto; opened with {@code rel=nofollow
 * noopener}) and images (http, https). Everything else goes — scripts, styles, frames, forms, event
 * handler attributes, {@code javascript:} and {@code data:} URLs — keeping the text it held, so
 * what is stored can be shown as HTML anywhere without further escaping.
 */
public final class BodySanitizer {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeTags("div", "span", "colgroup", "col")
          .removeProtocols("a", "href", "ftp")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private BodySanitizer() {}

  /** The body with only allowed elements, attributes and URL schemes left. */
  public static String clean(String body) {
    return body == null ? null : Jsoup.clean(body, "", ALLOWED, OUTPUT);
  }

  /** The words of a body without its markup, for search. */
  public static String text(String body) {
    return body == null ? "" : Jsoup.parseBodyFragment(body).text();
  }

  /** Whether the cleaned body still says anything (text, or at least an image). */
  public static boolean hasContent(String cleaned) {
    if (cleaned == null) {
      return false;
    }
    Document document = Jsoup.parseBodyFragment(cleaned);
    return !document.text().isBlank() || !document.select("img").isEmpty();
  }
}

package org.cishan.content.domain;

/**
 * The body of a draft content-service writes from an event: its sentences as HTML paragraphs, every
 * character of the event's text (a project title may hold anything) escaped, then a note for the
 * editors. Safe to show as HTML as it is, like every sanitized body.
 */
public final class EventDraftBody {

  static final String NOTE = "本文为系统自动生成的草稿，请编辑补充后发布。";

  private EventDraftBody() {}

  /** One paragraph per sentence, then the note. */
  public static String of(String... sentences) {
    StringBuilder html = new StringBuilder();
    for (String sentence : sentences) {
      html.append("<p>").append(escape(sentence)).append("</p>");
    }
    return html.append("<p>").append(NOTE).append("</p>").toString();
  }

  /** The text with {@code & < > " '} as character references. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}

package org.cishan.content.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cishan.content.command.WriteArticleCommand;
import org.cishan.content.domain.Article;
import org.cishan.support.security.Actor;

/** Body of {@code POST /api/content/articles}. */
public record WriteArticleRequest(
    @NotBlank @Size(max = Article.MAX_TITLE) String title,
    @Size(max = Article.MAX_SUMMARY) String summary,
    @NotBlank String body,
    @NotNull @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language) {

  /** The command; the author is the signed-in editor, never a body field. */
  WriteArticleCommand toCommand(Actor actor) {
    return new WriteArticleCommand(title, summary, body, language, actor.id());
  }
}

package org.cishan.content.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.cishan.content.command.EditArticleCommand;
import org.cishan.content.command.WriteArticleCommand;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleContent;
import org.cishan.support.security.Actor;

/**
 * Body of {@code POST /api/content/articles} (a new draft) and {@code PUT
 * /api/content/articles/{id}} (its next revision, complete). {@code category} defaults to NEWS; an
 * unknown category is a 400. {@code slug} is chosen once, when writing (made from the title if left
 * out); an edit may repeat it but never change it. {@code revision}, on an edit, is the revision
 * the editor started from: if another edit came first, the edit is a 409.
 */
public record ArticleRequest(
    @NotBlank @Size(max = ArticleContent.MAX_TITLE) String title,
    @Size(max = ArticleContent.MAX_SUMMARY) String summary,
    @NotBlank @Size(max = ArticleContent.MAX_BODY) String body,
    @NotNull @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language,
    ArticleCategory category,
    @Size(max = ArticleContent.MAX_TAGS)
        List<@NotBlank @Size(max = ArticleContent.MAX_TAG) String> tags,
    @Size(max = ArticleContent.MAX_PROJECTS) List<@NotNull UUID> projectIds,
    UUID coverImageId,
    @Size(max = ArticleContent.MAX_GALLERY) List<@NotNull UUID> galleryImageIds,
    String slug,
    Integer revision,
    @Size(max = ArticleContent.MAX_BYLINE) String byline) {

  ArticleContent content() {
    return new ArticleContent(
        title,
        summary,
        body,
        language,
        category == null ? ArticleCategory.NEWS : category,
        tags,
        projectIds,
        coverImageId,
        galleryImageIds,
        byline);
  }

  /** The command; the author is the signed-in editor, never a body field. */
  WriteArticleCommand toWriteCommand(Actor actor) {
    return new WriteArticleCommand(content(), slug, actor.id());
  }

  EditArticleCommand toEditCommand(UUID articleId, Actor actor) {
    return new EditArticleCommand(articleId, content(), slug, revision, actor.id());
  }
}

package org.cishan.content.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.content.command.ChangeArticleStatusService;
import org.cishan.content.command.DeleteArticleService;
import org.cishan.content.command.EditArticleService;
import org.cishan.content.command.WriteArticleService;
import org.cishan.content.domain.Article;
import org.cishan.content.query.article.ArticleHistoryRepository;
import org.cishan.content.query.article.ArticleHistoryRepository.Revision;
import org.cishan.content.query.article.ArticleHistoryRepository.Transition;
import org.cishan.content.query.article.ArticlePage;
import org.cishan.content.query.article.ArticleRepository;
import org.cishan.content.query.article.ArticleVisibility;
import org.cishan.content.query.image.ImageRepository;
import org.cishan.content.query.image.ImageRepository.ImageSummary;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The article API: write a draft, edit it (a new revision each time), move it through the workflow,
 * delete one never published, read one by id or slug, list them newest first with filters, read its
 * history. Articles not published are for editors and auditors only: to anyone else they do not
 * exist (404, absent from lists). URL rules: {@code config.ContentAccessRules}.
 */
@RestController
@RequestMapping("/api/content/articles")
public class ArticleController {

  /** An article's history: every revision and every workflow move, oldest first. */
  public record HistoryResponse(List<Revision> revisions, List<Transition> transitions) {}

  /** What a deletion removed. */
  public record DeletionResponse(UUID articleId, List<UUID> deletedImageIds) {}

  private final WriteArticleService writeArticle;
  private final EditArticleService editArticle;
  private final DeleteArticleService deleteArticle;
  private final ChangeArticleStatusService changeStatus;
  private final ArticleRepository articles;
  private final ArticleHistoryRepository history;
  private final ImageRepository images;

  public ArticleController(
      WriteArticleService writeArticle,
      EditArticleService editArticle,
      DeleteArticleService deleteArticle,
      ChangeArticleStatusService changeStatus,
      ArticleRepository articles,
      ArticleHistoryRepository history,
      ImageRepository images) {
    this.writeArticle = writeArticle;
    this.editArticle = editArticle;
    this.deleteArticle = deleteArticle;
    this.changeStatus = changeStatus;
    this.articles = articles;
    this.history = history;
    this.images = images;
  }

  @PostMapping
  public ResponseEntity<ArticleResponse> write(
      @Valid @RequestBody ArticleRequest request, Actor actor) {
    Article article = writeArticle.write(request.toWriteCommand(actor));
    return ResponseEntity.created(URI.create("/api/content/articles/" + article.id()))
        .body(described(article));
  }

  /**
   * Editors: the article's next revision (complete content). A published article stays published
   * and shows it; the earlier revisions are kept. 409 for an archived article, a changed slug, or a
   * {@code revision} that is no longer the current one.
   */
  @PutMapping("/{id}")
  public ArticleResponse edit(
      @PathVariable UUID id, @Valid @RequestBody ArticleRequest request, Actor actor) {
    return editArticle
        .edit(request.toEditCommand(id, actor))
        .map(this::described)
        .orElseThrow(() -> new NotFoundException("Article", id));
  }

  /**
   * Editors: deletes a draft or an article in review, never published (409 otherwise: archive a
   * published one; take a scheduled one back into review first), and the images no other article
   * uses, naming them.
   */
  @DeleteMapping("/{id}")
  public DeletionResponse delete(@PathVariable UUID id, Actor actor) {
    return deleteArticle
        .delete(id, actor.id())
        .map(images -> new DeletionResponse(id, images))
        .orElseThrow(() -> new NotFoundException("Article", id));
  }

  /**
   * Editors: moves the article in the workflow (draft → in review → scheduled or published →
   * archived; review may send it back to draft, a scheduled one may go back to review), recording
   * who, when and the note. 409 for a move that does not exist.
   */
  @PostMapping("/{id}/status")
  public ArticleResponse changeStatus(
      @PathVariable UUID id, @Valid @RequestBody ArticleStatusRequest request, Actor actor) {
    changeStatus
        .change(id, request.status(), request.publishAt(), request.note(), actor.id())
        .orElseThrow(() -> new NotFoundException("Article", id));
    return find(id, actor);
  }

  @GetMapping("/{id}")
  public ArticleResponse find(@PathVariable UUID id, Actor actor) {
    return articles
        .find(id, visibilityFor(actor))
        .map(this::described)
        .orElseThrow(() -> new NotFoundException("Article", id));
  }

  @GetMapping("/by-slug/{slug}")
  public ArticleResponse findBySlug(@PathVariable String slug, Actor actor) {
    return articles
        .findBySlug(slug, visibilityFor(actor))
        .map(this::described)
        .orElseThrow(() -> new NotFoundException("Article with slug", slug));
  }

  /** Editors and auditors: every revision (who saved it, when) and every move. */
  @GetMapping("/{id}/history")
  public HistoryResponse history(@PathVariable UUID id) {
    if (articles.find(id, ArticleVisibility.EVERY_STATUS).isEmpty()) {
      throw new NotFoundException("Article", id);
    }
    return new HistoryResponse(history.revisions(id), history.transitions(id));
  }

  @GetMapping
  public PageResponse<ArticleResponse> list(@Valid ArticleListParams params, Actor actor) {
    ArticlePage page =
        articles.page(params.toFilter(visibilityFor(actor)), params.page(), params.size());
    Map<UUID, ImageSummary> described =
        images.summaries(
            page.items().stream().flatMap(a -> a.content().imageIds().stream()).toList());
    return PageResponse.of(
        page.items(),
        article -> ArticleResponse.of(article, described),
        params.page(),
        params.size(),
        page.totalItems());
  }

  /** The article with its images described. */
  private ArticleResponse described(Article article) {
    return ArticleResponse.of(article, images.summaries(article.content().imageIds()));
  }

  /** Editors and auditors see drafts; everyone else, signed in or not, only published articles. */
  static ArticleVisibility visibilityFor(Actor actor) {
    return actor.hasAnyRole(Roles.EDITOR, Roles.AUDITOR)
        ? ArticleVisibility.EVERY_STATUS
        : ArticleVisibility.PUBLISHED_ONLY;
  }
}

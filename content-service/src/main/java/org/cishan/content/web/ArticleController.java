package org.cishan.content.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.cishan.content.command.ChangeArticleStatusService;
import org.cishan.content.command.WriteArticleService;
import org.cishan.content.domain.Article;
import org.cishan.content.query.article.ArticlePage;
import org.cishan.content.query.article.ArticleRepository;
import org.cishan.content.query.article.ArticleVisibility;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The article API: write a draft, read one, list them newest first with filters. Drafts are for
 * editors and auditors only: to anyone else a draft does not exist (404, absent from lists). URL
 * rules: {@code config.ContentAccessRules}.
 */
@RestController
@RequestMapping("/api/content/articles")
public class ArticleController {

  private final WriteArticleService writeArticle;
  private final ChangeArticleStatusService changeStatus;
  private final ArticleRepository articles;

  public ArticleController(
      WriteArticleService writeArticle,
      ChangeArticleStatusService changeStatus,
      ArticleRepository articles) {
    this.writeArticle = writeArticle;
    this.changeStatus = changeStatus;
    this.articles = articles;
  }

  /**
   * Editors: moves the article in the workflow (draft → in review → published → archived; review
   * may send it back to draft), recording who, when and the note. 409 for a move that does not
   * exist.
   */
  @PostMapping("/{id}/status")
  public ArticleResponse changeStatus(
      @PathVariable UUID id, @Valid @RequestBody ArticleStatusRequest request, Actor actor) {
    changeStatus
        .change(id, request.status(), request.note(), actor.id())
        .orElseThrow(() -> new NotFoundException("Article", id));
    return find(id, actor);
  }

  @PostMapping
  public ResponseEntity<ArticleResponse> write(
      @Valid @RequestBody WriteArticleRequest request, Actor actor) {
    Article article = writeArticle.write(request.toCommand(actor));
    return ResponseEntity.created(URI.create("/api/content/articles/" + article.id()))
        .body(ArticleResponse.of(article));
  }

  @GetMapping("/{id}")
  public ArticleResponse find(@PathVariable UUID id, Actor actor) {
    return articles
        .find(id, visibilityFor(actor))
        .map(ArticleResponse::of)
        .orElseThrow(() -> new NotFoundException("Article", id));
  }

  @GetMapping
  public PageResponse<ArticleResponse> list(@Valid ArticleListParams params, Actor actor) {
    ArticlePage page =
        articles.page(params.toFilter(visibilityFor(actor)), params.page(), params.size());
    return PageResponse.of(
        page.items(), ArticleResponse::of, params.page(), params.size(), page.totalItems());
  }

  /** Editors and auditors see drafts; everyone else, signed in or not, only published articles. */
  static ArticleVisibility visibilityFor(Actor actor) {
    return actor.hasAnyRole(Roles.EDITOR, Roles.AUDITOR)
        ? ArticleVisibility.EVERY_STATUS
        : ArticleVisibility.PUBLISHED_ONLY;
  }
}

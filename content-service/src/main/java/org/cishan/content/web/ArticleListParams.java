package org.cishan.content.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.cishan.content.domain.ArticleCategory;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.domain.ArticleStatus;
import org.cishan.content.query.article.ArticleFilter;
import org.cishan.content.query.article.ArticleVisibility;

/**
 * {@code ?projectId=&category=&tag=&language=&status=&q=&page=0&size=20}: empty filters do not
 * filter; page counts from 0, 1 to 100 items a page. {@code status=DRAFT} from a reader who may not
 * see drafts is an empty page, as if there were none.
 */
public record ArticleListParams(
    UUID projectId,
    @Pattern(
            regexp = "NEWS|NOTICE|PROJECT_UPDATE|POLICY",
            message = "must be NEWS, NOTICE, PROJECT_UPDATE or POLICY")
        String category,
    @Size(max = ArticleContent.MAX_TAG) String tag,
    @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language,
    @Pattern(
            regexp = "DRAFT|IN_REVIEW|SCHEDULED|PUBLISHED|ARCHIVED",
            message = "must be DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED or ARCHIVED")
        String status,
    @Min(0) Integer page,
    @Min(1) @Max(100) Integer size,
    @Size(max = 100) String q) {

  public ArticleListParams {
    q = blankToNull(q == null ? null : q.trim());
    tag = blankToNull(tag == null ? null : tag.strip());
    category = blankToNull(category);
    language = blankToNull(language);
    status = blankToNull(status);
    page = page == null ? 0 : page;
    size = size == null ? 20 : size;
  }

  ArticleFilter toFilter(ArticleVisibility visibility) {
    return new ArticleFilter(
        projectId,
        category == null ? null : ArticleCategory.valueOf(category),
        tag,
        language,
        status == null ? null : ArticleStatus.valueOf(status),
        visibility,
        q);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

package org.cishan.content.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cishan.content.domain.ArticleContent;
import org.cishan.content.domain.InvalidArticleException;
import org.cishan.content.domain.InvalidArticleException.Violation;
import org.springframework.stereotype.Component;

/**
 * Makes written content storable, for new articles and edits alike: the body sanitized ({@link
 * BodySanitizer}; nothing left is refused) and every image it names uploaded.
 */
@Component
class ArticleContentPreparer {

  private final ImageStore images;

  ArticleContentPreparer(ImageStore images) {
    this.images = images;
  }

  ArticleContent prepare(ArticleContent written) {
    String body = BodySanitizer.clean(written.body());
    if (!BodySanitizer.hasContent(body)) {
      throw new EmptyBodyException();
    }
    Set<UUID> missing = images.missing(written.imageIds());
    List<Violation> broken = new ArrayList<>();
    if (written.coverImageId() != null && missing.contains(written.coverImageId())) {
      broken.add(new Violation("coverImageId", "is not an uploaded image"));
    }
    List<UUID> unknown = written.galleryImageIds().stream().filter(missing::contains).toList();
    if (!unknown.isEmpty()) {
      broken.add(new Violation("galleryImageIds", "are not uploaded images: " + unknown));
    }
    if (!broken.isEmpty()) {
      throw new InvalidArticleException(broken);
    }
    return written.withBody(body);
  }
}

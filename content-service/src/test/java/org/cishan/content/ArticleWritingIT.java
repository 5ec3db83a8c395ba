package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.IMAGES;
import static org.cishan.content.ContentApi.anyone;
import static org.cishan.content.ContentApi.article;
import static org.cishan.content.ContentApi.auditor;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.content.domain.TestImages;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Writing, editing and deleting articles through the API against the real PostgreSQL: every field
 * and slug, refusals that store nothing, revisions, and deletion with its images.
 */
class ArticleWritingIT extends ContentServiceIntegrationTest {

  @Nested
  class Writing {

    @Test
    void storesEveryFieldAndThePublicReadsThePublishedArticleBySlug() {
      String cover =
          api.tree(
                  api.upload(TestImages.jpeg(1200, 800), "cover.jpg", "image/jpeg", "新教室")
                      .getBody())
              .get("imageId")
              .asText();
      String first = api.uploaded(TestImages.png(640, 480));
      String second = api.uploaded(TestImages.WEBP_1X1);
      UUID project = UUID.randomUUID();
      String slug = "winter-notice-" + UUID.randomUUID().toString().substring(0, 8);
      Map<String, Object> fields = article("冬季助学通知");
      fields.put("category", "NOTICE");
      fields.put("tags", List.of(" 助学 ", "winter"));
      fields.put("projectIds", List.of(project));
      fields.put("coverImageId", cover);
      fields.put("galleryImageIds", List.of(first, second));
      fields.put("slug", slug);
      fields.put("byline", "本会宣传部 王芳");

      JsonNode written = api.write(fields);

      assertThat(written.get("slug").asText()).isEqualTo(slug);
      assertThat(written.get("category").asText()).isEqualTo("NOTICE");
      assertThat(written.get("tags")).hasToString("[\"助学\",\"winter\"]");
      assertThat(written.at("/projectIds/0").asText()).isEqualTo(project.toString());
      assertThat(written.get("coverImageId").asText()).isEqualTo(cover);
      assertThat(written.get("images").findValuesAsText("imageId"))
          .containsExactly(cover, first, second);
      assertThat(written.at("/images/0/width").asInt()).isEqualTo(1200);
      assertThat(written.at("/images/0/height").asInt()).isEqualTo(800);
      assertThat(written.at("/images/0/url").asText()).isEqualTo(IMAGES + "/" + cover);
      assertThat(written.at("/images/0/altText").asText()).isEqualTo("新教室");
      assertThat(written.at("/images/2/mediaType").asText()).isEqualTo("image/webp");
      assertThat(written.get("galleryImageIds"))
          .hasToString("[\"" + first + "\",\"" + second + "\"]");
      assertThat(written.get("revision").asInt()).isOne();
      assertThat(written.get("byline").asText()).isEqualTo("本会宣传部 王芳");
      assertThat(api.read(editor(), ARTICLES + "/by-slug/" + slug)).isEqualTo(written);
      assertThat(api.get(anyone(), ARTICLES + "/by-slug/" + slug).getStatusCode().value())
          .as("a draft does not exist for the public")
          .isEqualTo(404);
      assertThat(api.get(anyone(), IMAGES + "/" + cover).getStatusCode().value())
          .as("nor do its images")
          .isEqualTo(404);

      api.publish(written.get("articleId").asText());

      JsonNode published = api.read(anyone(), ARTICLES + "/by-slug/" + slug);
      assertThat(api.read(anyone(), ARTICLES + "?tag=winter").get("items").get(0).get("images"))
          .isEqualTo(published.get("images"));
      assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
      assertThat(published.get("publishedAt").isNull()).isFalse();
      assertThat(api.get(anyone(), IMAGES + "/" + cover).getStatusCode().value()).isEqualTo(200);
      assertThat(api.get(anyone(), IMAGES + "/" + second).getHeaders().getContentType())
          .hasToString("image/webp");
    }

    @Test
    void makesAStableSlugFromTheTitleWhenNoneIsChosen() {
      JsonNode english = api.write(article("Clean Water for Pinghe County"));
      JsonNode chinese = api.write(article("平和县净水项目"));

      String id = english.get("articleId").asText();
      assertThat(english.get("slug").asText())
          .isEqualTo("clean-water-for-pinghe-county-" + id.substring(0, 8));
      assertThat(chinese.get("slug").asText())
          .matches("\\d{4}-\\d{2}-\\d{2}-" + chinese.get("articleId").asText().substring(0, 8));
    }

    @Test
    void refusesATakenOrMalformedSlugAnUnknownCategoryOrImageAndStoresNothing() {
      String slug = "taken-" + UUID.randomUUID().toString().substring(0, 8);
      Map<String, Object> first = article("第一篇");
      first.put("slug", slug);
      api.write(first);
      long articles = count("select count(*) from article");
      long revisions = count("select count(*) from article_revision");

      Map<String, Object> sameSlug = article("第二篇");
      sameSlug.put("slug", slug);
      assertRefused(api.send(HttpMethod.POST, ARTICLES, sameSlug), 409, "rule", "slug-taken");

      Map<String, Object> badSlug = article("第三篇");
      badSlug.put("slug", "Not A Slug");
      assertRefused(api.send(HttpMethod.POST, ARTICLES, badSlug), 400, "field", "slug");

      Map<String, Object> unknownCategory = article("第四篇");
      unknownCategory.put("category", "GOSSIP");
      assertRefused(api.send(HttpMethod.POST, ARTICLES, unknownCategory), 400, "field", "category");

      Map<String, Object> unknownImage = article("第五篇");
      unknownImage.put("coverImageId", UUID.randomUUID());
      unknownImage.put("galleryImageIds", List.of(UUID.randomUUID()));
      ResponseEntity<String> refused = api.send(HttpMethod.POST, ARTICLES, unknownImage);
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(api.tree(refused.getBody()).get("errors").findValuesAsText("field"))
          .containsExactly("coverImageId", "galleryImageIds");

      Map<String, Object> twoTags = article("第六篇");
      twoTags.put("tags", List.of("助学", "助学"));
      assertRefused(api.send(HttpMethod.POST, ARTICLES, twoTags), 400, "field", "tags");

      assertThat(count("select count(*) from article")).isEqualTo(articles);
      assertThat(count("select count(*) from article_revision")).isEqualTo(revisions);
    }
  }

  @Nested
  class Revisions {

    @Test
    void anEditOfAPublishedArticleIsANewRevisionAndEveryEarlierOneIsKept() {
      JsonNode written = api.write(article("初稿 firstword"));
      String id = written.get("articleId").asText();
      String path = ARTICLES + "/" + id;
      api.publish(id);

      Map<String, Object> second = article("二稿 secondword");
      second.put("revision", 1);
      JsonNode edited = api.tree(api.send(HttpMethod.PUT, path, second).getBody());
      Map<String, Object> third = article("三稿 thirdword");
      third.put("slug", written.get("slug").asText());
      third.put("tags", List.of("修订"));
      JsonNode latest = api.tree(api.send(HttpMethod.PUT, path, third).getBody());

      assertThat(edited.get("revision").asInt()).isEqualTo(2);
      assertThat(latest.get("revision").asInt()).isEqualTo(3);
      assertThat(latest.get("status").asText()).isEqualTo("PUBLISHED");
      assertThat(latest.get("slug").asText()).isEqualTo(written.get("slug").asText());
      assertThat(api.read(anyone(), path).get("title").asText()).isEqualTo("三稿 thirdword");
      JsonNode history = api.read(auditor(), path + "/history");
      assertThat(history.get("revisions").findValuesAsText("title"))
          .containsExactly("初稿 firstword", "二稿 secondword", "三稿 thirdword");
      assertThat(history.get("revisions").findValuesAsText("editedBy"))
          .containsOnly(ContentServiceIntegrationTest.EDITOR);
      assertThat(history.at("/revisions/2/content/tags/0").asText()).isEqualTo("修订");
      assertThat(history.get("transitions").findValuesAsText("toStatus"))
          .containsExactly("IN_REVIEW", "PUBLISHED");
      assertThat(titlesFound(anyone(), "thirdword")).contains("三稿 thirdword");
      assertThat(titlesFound(anyone(), "firstword")).isEmpty();
    }

    @Test
    void refusesAnEditOfAStaleRevisionAChangedSlugOrAnArchivedArticleAndChangesNothing() {
      String id = api.write(article("修订冲突")).get("articleId").asText();
      String path = ARTICLES + "/" + id;
      api.send(HttpMethod.PUT, path, article("修订冲突 二"));

      Map<String, Object> stale = article("过时的修订");
      stale.put("revision", 1);
      assertRefused(api.send(HttpMethod.PUT, path, stale), 409, "rule", "stale-revision");
      Map<String, Object> renamed = article("改名");
      renamed.put("slug", "another-slug");
      assertRefused(api.send(HttpMethod.PUT, path, renamed), 409, "rule", "slug-is-stable");
      api.publish(id);
      api.move(id, "ARCHIVED", null);
      assertRefused(
          api.send(HttpMethod.PUT, path, article("归档后")), 409, "rule", "article-archived");

      assertThat(api.read(editor(), path).get("title").asText()).isEqualTo("修订冲突 二");
      assertThat(api.read(editor(), path + "/history").get("revisions")).hasSize(2);
      assertThat(api.get(anyone(), path + "/history").getStatusCode().value()).isEqualTo(401);
      assertThat(
              api.get(editor(), ARTICLES + "/" + UUID.randomUUID() + "/history")
                  .getStatusCode()
                  .value())
          .isEqualTo(404);
    }
  }

  @Nested
  class Deleting {

    @Test
    void deletingADraftDeletesTheImagesNothingElseUsesAndNamesThem() {
      String onlyHere = api.uploaded(TestImages.png(10, 10));
      String shared = api.uploaded(TestImages.jpeg(10, 10));
      Map<String, Object> draft = article("要删除的草稿");
      draft.put("coverImageId", onlyHere);
      draft.put("galleryImageIds", List.of(shared));
      String id = api.write(draft).get("articleId").asText();
      Map<String, Object> other = article("另一篇");
      other.put("galleryImageIds", List.of(shared));
      api.write(other);

      ResponseEntity<String> deleted = api.delete(ARTICLES + "/" + id);

      assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(200);
      assertThat(api.tree(deleted.getBody()).get("deletedImageIds"))
          .hasToString("[\"" + onlyHere + "\"]");
      assertThat(api.get(editor(), ARTICLES + "/" + id).getStatusCode().value()).isEqualTo(404);
      assertThat(api.get(editor(), IMAGES + "/" + onlyHere).getStatusCode().value()).isEqualTo(404);
      assertThat(api.get(editor(), IMAGES + "/" + shared).getStatusCode().value()).isEqualTo(200);
      assertThat(
              count(
                  "select count(*) from article_deletion where article_id = '"
                      + id
                      + "' and deleted_by = '"
                      + EDITOR
                      + "' and deleted_images = array['"
                      + onlyHere
                      + "']::uuid[]"))
          .isOne();
      assertThat(count("select count(*) from article_revision where article_id = '" + id + "'"))
          .isZero();
    }

    @Test
    void aPublishedArticleIsArchivedNotDeletedAndAnImageInUseIsKept() {
      String image = api.uploaded(TestImages.png(10, 10));
      Map<String, Object> fields = article("已发布");
      fields.put("coverImageId", image);
      String id = api.write(fields).get("articleId").asText();
      api.publish(id);

      assertRefused(api.delete(ARTICLES + "/" + id), 409, "rule", "article-was-public");
      assertRefused(api.delete(IMAGES + "/" + image), 409, "rule", "image-in-use");
      assertThat(api.delete(ARTICLES + "/" + UUID.randomUUID()).getStatusCode().value())
          .isEqualTo(404);
      assertThat(api.read(anyone(), ARTICLES + "/" + id).get("coverImageId").asText())
          .isEqualTo(image);
      assertThat(api.get(anyone(), IMAGES + "/" + image).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anImageDroppedByAnEditStaysWithTheRevisionThatUsedIt() {
      String image = api.uploaded(TestImages.png(10, 10));
      Map<String, Object> fields = article("换封面");
      fields.put("coverImageId", image);
      String id = api.write(fields).get("articleId").asText();

      ResponseEntity<String> edited =
          api.send(HttpMethod.PUT, ARTICLES + "/" + id, article("换封面 无图"));

      assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(200);
      assertThat(api.tree(edited.getBody()).get("coverImageId").isNull()).isTrue();
      assertRefused(api.delete(IMAGES + "/" + image), 409, "rule", "image-in-use");
      assertThat(
              api.read(editor(), ARTICLES + "/" + id + "/history")
                  .at("/revisions/0/content/coverImageId")
                  .asText())
          .isEqualTo(image);
    }
  }

  private List<String> titlesFound(HttpHeaders who, String query) {
    return api.read(who, ARTICLES + "?q=" + query).get("items").findValuesAsText("title");
  }
}

package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.IMAGES;
import static org.cishan.content.ContentApi.anyone;
import static org.cishan.content.ContentApi.article;
import static org.cishan.content.ContentApi.auditor;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.cishan.content.command.ArticleConflictException;
import org.cishan.content.command.ImageService;
import org.cishan.content.command.ImageStore;
import org.cishan.content.domain.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Image uploads against the real PostgreSQL: what the bytes are decides, the size limit is a 413,
 * the hash is the ETag, and nothing is stored from a refused upload.
 */
class ImageUploadIT extends ContentServiceIntegrationTest {

  @Autowired ImageStore imageStore;
  @Autowired ImageService imageService;
  @Autowired PlatformTransactionManager transactions;

  /** The configured limit (application.yml: 5MB). */
  static final int LIMIT = 5 * 1024 * 1024;

  static Stream<Arguments> images() {
    return Stream.of(
        Arguments.of(TestImages.jpeg(1200, 800), "image/jpeg", 1200, 800),
        Arguments.of(TestImages.png(640, 480), "image/png", 640, 480),
        Arguments.of(TestImages.WEBP_1X1, "image/webp", 1, 1));
  }

  @ParameterizedTest
  @MethodSource("images")
  void storesAnImageAsItsBytesSayWhateverItsNameAndServesItWithItsHashAsETag(
      byte[] bytes, String type, int width, int height) throws Exception {
    ResponseEntity<String> created = api.upload(bytes, "notes.txt", "text/plain", "平和县小学的新教室");

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode image = api.tree(created.getBody());
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(image.get("mediaType").asText()).isEqualTo(type);
    assertThat(image.get("width").asInt()).isEqualTo(width);
    assertThat(image.get("height").asInt()).isEqualTo(height);
    assertThat(image.get("sizeBytes").asInt()).isEqualTo(bytes.length);
    assertThat(image.get("sha256").asText()).isEqualTo(sha256);
    assertThat(created.getHeaders().getLocation()).hasToString(image.get("url").asText());

    ResponseEntity<byte[]> served = bytes(editor(), image.get("url").asText());
    assertThat(served.getStatusCode().value()).isEqualTo(200);
    assertThat(served.getBody()).isEqualTo(bytes);
    assertThat(served.getHeaders().getContentType()).hasToString(type);
    assertThat(served.getHeaders().getETag()).isEqualTo("\"" + sha256 + "\"");
    assertThat(served.getHeaders().getCacheControl()).contains("no-store");
    assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  static Stream<Arguments> fakes() {
    byte[] png = TestImages.png(64, 64);
    return Stream.of(
        Arguments.of("HTML named photo.jpg", TestImages.text("<script>alert(1)</script>")),
        Arguments.of("an SVG", TestImages.text("<svg xmlns='http://www.w3.org/2000/svg'/>")),
        Arguments.of("a GIF", TestImages.gif(8, 8)),
        Arguments.of("a PNG cut in its header", TestImages.truncated(png, 20)),
        Arguments.of("an empty file", new byte[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fakes")
  void refusesWhatIsNotAJpegPngOrWebpWith415AndStoresNothing(String what, byte[] bytes) {
    long before = storedImages();

    ResponseEntity<String> refused = api.upload(bytes, "photo.jpg", "image/jpeg", null);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(415);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(storedImages()).isEqualTo(before);
  }

  @Test
  void takesAnImageOfExactlyTheLimitAndRefusesOneByteMoreWith413() {
    byte[] atLimit = Arrays.copyOf(TestImages.png(16, 16), LIMIT);
    byte[] over = Arrays.copyOf(TestImages.png(16, 16), LIMIT + 1);
    long before = storedImages();

    ResponseEntity<String> refused = api.upload(over, "big.png", "image/png", null);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(413);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api.tree(refused.getBody()).get("detail").asText())
        .isEqualTo("An image may have at most " + LIMIT + " bytes");
    assertThat(storedImages()).isEqualTo(before);
    ResponseEntity<String> accepted = api.upload(atLimit, "big.png", "image/png", null);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(201);
    assertThat(storedImages()).isEqualTo(before + 1);
  }

  @Test
  void refusesAnOverlongAltTextAndAnUploadWithoutFile() {
    long before = storedImages();

    ResponseEntity<String> alt =
        api.upload(TestImages.png(2, 2), "a.png", "image/png", "字".repeat(301));
    HttpHeaders headers = editor();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> noFile =
        http.postForEntity(
            IMAGES,
            new HttpEntity<>(new LinkedMultiValueMap<>(Map.of("alt", List.of("x"))), headers),
            String.class);

    assertThat(alt.getStatusCode().value()).isEqualTo(400);
    assertThat(api.tree(alt.getBody()).at("/errors/0/field").asText()).isEqualTo("alt");
    assertThat(noFile.getStatusCode().value()).as(noFile.getBody()).isEqualTo(400);
    assertThat(storedImages()).isEqualTo(before);
  }

  @Test
  void aPublishedArticlesImageIsPublicCacheableForADayAndRevalidatedByETag() {
    String image = api.uploaded(TestImages.png(30, 20));
    Map<String, Object> fields = article("带封面的文章");
    fields.put("coverImageId", image);
    String id = api.write(fields).get("articleId").asText();
    assertThat(bytes(anyone(), IMAGES + "/" + image).getStatusCode().value()).isEqualTo(404);
    assertThat(bytes(auditor(), IMAGES + "/" + image).getStatusCode().value()).isEqualTo(200);

    api.publish(id);

    ResponseEntity<byte[]> served = bytes(anyone(), IMAGES + "/" + image);
    assertThat(served.getStatusCode().value()).isEqualTo(200);
    assertThat(served.getHeaders().getCacheControl()).isEqualTo("max-age=86400, public");
    HttpHeaders revalidate = anyone();
    revalidate.setIfNoneMatch(served.getHeaders().getETag());
    ResponseEntity<byte[]> notModified = bytes(revalidate, IMAGES + "/" + image);
    assertThat(notModified.getStatusCode().value()).isEqualTo(304);
    assertThat(notModified.getBody()).isNull();
  }

  @Test
  void anImageTakenOutOfAPublishedArticleOrOfOneArchivedIsWithdrawnFromThePublic() {
    String cover = api.uploaded(TestImages.png(5, 5));
    String gallery = api.uploaded(TestImages.png(6, 6));
    Map<String, Object> fields = article("撤图");
    fields.put("coverImageId", cover);
    fields.put("galleryImageIds", List.of(gallery));
    String id = api.write(fields).get("articleId").asText();
    api.publish(id);
    assertThat(bytes(anyone(), IMAGES + "/" + cover).getStatusCode().value()).isEqualTo(200);
    assertThat(bytes(anyone(), IMAGES + "/" + gallery).getStatusCode().value()).isEqualTo(200);

    Map<String, Object> withoutCover = article("撤图");
    withoutCover.put("galleryImageIds", List.of(gallery));
    api.send(HttpMethod.PUT, ARTICLES + "/" + id, withoutCover);

    assertThat(bytes(anyone(), IMAGES + "/" + cover).getStatusCode().value()).isEqualTo(404);
    assertThat(bytes(editor(), IMAGES + "/" + cover).getStatusCode().value())
        .as("kept for the revision that used it")
        .isEqualTo(200);
    assertThat(bytes(anyone(), IMAGES + "/" + gallery).getStatusCode().value()).isEqualTo(200);
    api.move(id, "ARCHIVED", null);
    assertThat(bytes(anyone(), IMAGES + "/" + gallery).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void editorsFindUnusedUploadsAndDeleteThem() {
    String unused = api.uploaded(TestImages.png(3, 3));
    String used = api.uploaded(TestImages.png(4, 4));
    Map<String, Object> fields = article("用图");
    fields.put("galleryImageIds", List.of(used));
    String article = api.write(fields).get("articleId").asText();

    JsonNode unusedList = api.read(editor(), IMAGES + "?unused=true&size=100");
    JsonNode all = api.read(auditor(), IMAGES + "?size=100");

    assertThat(unusedList.findValuesAsText("imageId")).contains(unused).doesNotContain(used);
    assertThat(all.findValuesAsText("imageId")).contains(unused, used);
    assertThat(
            api.read(auditor(), IMAGES + "?size=100").findParents("imageId").stream()
                .filter(node -> node.get("imageId").asText().equals(used))
                .findFirst()
                .orElseThrow()
                .get("usedBy")
                .get(0)
                .asText())
        .isEqualTo(article);
    assertThat(api.delete(IMAGES + "/" + unused).getStatusCode().value()).isEqualTo(204);
    assertThat(api.get(editor(), IMAGES + "/" + unused).getStatusCode().value()).isEqualTo(404);
    assertThat(api.delete(IMAGES + "/" + unused).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get(editor(), IMAGES + "?size=0").getStatusCode().value()).isEqualTo(400);
    assertThat(api.get(editor(), IMAGES + "?page=-1").getStatusCode().value()).isEqualTo(400);
  }

  private ResponseEntity<byte[]> bytes(HttpHeaders headers, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  /**
   * An article about to link an image holds it (the existence check locks it): a deletion asked for
   * meanwhile waits, then finds the image in use (409) instead of failing with a 500.
   */
  @Test
  void anImageBeingLinkedToAnArticleIsNotDeletedUnderIt() throws Exception {
    UUID image = UUID.fromString(api.uploaded(TestImages.png(7, 7)));
    UUID article = UUID.fromString(api.write(article("加锁")).get("articleId").asText());
    CompletableFuture<Throwable> deletion = new CompletableFuture<>();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            linking -> {
              assertThat(imageStore.missing(List.of(image))).isEmpty();
              CompletableFuture.runAsync(
                  () -> {
                    try {
                      imageService.delete(image);
                      deletion.complete(null);
                    } catch (Throwable refused) {
                      deletion.complete(refused);
                    }
                  });
              try {
                deletion.get(2, TimeUnit.SECONDS); // without the lock it is deleted by now
              } catch (TimeoutException waiting) {
                // with the lock the deletion waits for this transaction
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              jdbc.sql("insert into article_image (article_id, image_id) values (:a, :i)")
                  .param("a", article)
                  .param("i", image)
                  .update();
            });

    assertThat(deletion.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ArticleConflictException.class)
        .hasMessageContaining(article.toString());
    assertThat(api.get(editor(), IMAGES + "/" + image).getStatusCode().value()).isEqualTo(200);
  }

  private long storedImages() {
    return jdbc.sql("select count(*) from image").query(Long.class).single();
  }
}

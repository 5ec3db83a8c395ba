package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The news centre through the gateway: a new project becomes a draft update; an editor uploads a
 * photo (multipart, passed through unchanged), writes and publishes an article with it, and the
 * public reads it by slug and fetches the photo, revalidating by ETag; a restricted gift that
 * brings a project to half its target becomes a milestone draft for the editors.
 */
class NewsCentreJourneyIT extends EndToEndTest {

  @Test
  void aNewProjectBecomesADraftProjectUpdateInTheNewsCentre() throws Exception {
    String projectId = createProject("敬老院改造 Elderly home renovation", 50_000_000);

    await("a draft project update for the new project")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode page =
                  getJson("/api/content/articles?projectId=" + projectId, tokenOf("editor"));
              assertThat(page.get("items")).hasSize(1);
              assertThat(page.at("/items/0/status").asText()).isEqualTo("DRAFT");
              assertThat(page.at("/items/0/category").asText()).isEqualTo("PROJECT_UPDATE");
            });
  }

  @Test
  void anEditorPublishesAnArticleWithAPhotoThatThePublicReadsBySlug() throws Exception {
    String editor = tokenOf("editor");
    byte[] photo = png(48, 32);
    HttpResponse<String> fake =
        upload(editor, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    assertProblem(fake, 415);
    HttpResponse<String> uploaded = upload(editor, photo);
    assertAnswered(uploaded, 201);
    JsonNode image = JSON.readTree(uploaded.body());
    assertThat(image.get("width").asInt()).isEqualTo(48);
    String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> written =
        post(
            system.gateway("/api/content/articles"),
            editor,
            Map.of(
                "title", "平和县助学回访",
                "body", "<p>回访<script>alert(1)</script>记录</p>",
                "language", "zh-CN",
                "category", "NEWS",
                "tags", List.of("助学"),
                "coverImageId", image.get("imageId").asText(),
                "slug", slug));
    assertAnswered(written, 201);
    String articleId = JSON.readTree(written.body()).get("articleId").asText();
    assertProblem(get("/api/content/articles/by-slug/" + slug), 404);
    for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
      assertAnswered(
          post(
              system.gateway("/api/content/articles/" + articleId + "/status"),
              editor,
              Map.of("status", status)),
          200);
    }

    JsonNode article = getJson("/api/content/articles/by-slug/" + slug);
    assertThat(article.get("body").asText()).isEqualTo("<p>回访记录</p>");
    assertThat(getJson("/api/content/articles?tag=助学").get("items").findValuesAsText("slug"))
        .contains(slug);
    URI photoUri = system.gateway(image.get("url").asText());
    HttpResponse<byte[]> served =
        HTTP.send(HttpRequest.newBuilder(photoUri).GET().build(), BodyHandlers.ofByteArray());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(photo);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
    String etag = served.headers().firstValue("ETag").orElseThrow();
    assertThat(
            HTTP.send(
                    HttpRequest.newBuilder(photoUri).header("If-None-Match", etag).GET().build(),
                    BodyHandlers.ofByteArray())
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void aRestrictedGiftThatReachesHalfTheTargetBecomesAMilestoneDraft() throws Exception {
    String projectId = createProject("乡村图书角 Village library", 100_000);

    cashGift(60_000, projectId);

    await("a milestone draft for the editors")
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        getJson("/api/content/articles?projectId=" + projectId, tokenOf("editor"))
                            .get("items")
                            .findValuesAsText("title"))
                    .contains("筹款过半：乡村图书角 Village library"));
    assertThat(getJson("/api/content/articles?projectId=" + projectId).get("totalItems").asLong())
        .as("drafts are not public")
        .isZero();
  }

  private HttpResponse<String> upload(String token, byte[] bytes) throws Exception {
    String boundary = "cishan-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        authorized(HttpRequest.newBuilder(system.gateway("/api/content/images")), token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        BodyHandlers.ofString());
  }

  private static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}

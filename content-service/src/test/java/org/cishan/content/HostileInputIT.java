package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cishan.content.ContentApi.ARTICLES;
import static org.cishan.content.ContentApi.IMAGES;
import static org.cishan.content.ContentApi.article;
import static org.cishan.content.ContentApi.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cishan.content.domain.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 14's findings against the news centre: every hostile input is a 4xx problem naming what was
 * wrong, and nothing is stored from it.
 */
class HostileInputIT extends ContentServiceIntegrationTest {

  @Test
  void aNulInTheTagQueryIsA400NamingTheParameter() throws Exception {
    for (HttpHeaders caller : List.of(new HttpHeaders(), editor())) {
      ResponseEntity<String> refused =
          http.exchange(
              RequestEntity.get(URI.create(ARTICLES + "?tag=%00")).headers(caller).build(),
              String.class);

      assertProblem(refused, 400, "tag", "contains a control character (U+0000)");
    }
  }

  @Test
  void controlCharactersInAPathAreRefusedAsProblems() throws Exception {
    for (HttpHeaders caller : List.of(new HttpHeaders(), editor())) {
      ResponseEntity<String> slug =
          http.exchange(
              RequestEntity.get(URI.create(ARTICLES + "/by-slug/a%01b")).headers(caller).build(),
              String.class);
      assertProblem(slug, 400, "slug", "contains a control character (U+0001)");

      // Tomcat itself refuses an encoded NUL in a path, before any filter: still problem+json
      ResponseEntity<String> nul =
          http.exchange(
              RequestEntity.get(URI.create(ARTICLES + "/by-slug/a%00b")).headers(caller).build(),
              String.class);
      assertThat(nul.getStatusCode().value()).as(nul.getBody()).isEqualTo(400);
      assertThat(
              nul.getHeaders()
                  .getContentType()
                  .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .as(nul.getHeaders().getContentType().toString())
          .isTrue();
      assertThat(json.readTree(nul.getBody()).get("status").asInt()).isEqualTo(400);
    }
  }

  @Test
  void anArticleWithAControlCharacterOrABadImageIdIsRefusedNamingTheField() throws Exception {
    long articles = count("select count(*) from article");
    Map<String, Object> nul = article("标题\u0000");
    Map<String, Object> gallery = article("图集");
    gallery.put(
        "galleryImageIds",
        List.of(
            UUID.randomUUID().toString(), UUID.randomUUID().toString(), " " + UUID.randomUUID()));

    assertProblem(
        api.send(HttpMethod.POST, ARTICLES, nul),
        400,
        "title",
        "contains a control character (U+0000)");
    assertProblem(
        api.send(HttpMethod.POST, ARTICLES, gallery),
        400,
        "galleryImageIds[2]",
        "is not a UUID in canonical form (8-4-4-4-12 hexadecimal digits)");
    assertThat(count("select count(*) from article")).isEqualTo(articles);
  }

  @Test
  void aBrokenMultipartBodyIsA400() throws Exception {
    long images = count("select count(*) from image");
    for (String contentType :
        List.of("multipart/form-data; boundary=cishan", "multipart/form-data")) {
      HttpHeaders headers = editor();
      headers.set(HttpHeaders.CONTENT_TYPE, contentType);
      byte[] broken =
          "--cishan\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc"
              .getBytes(StandardCharsets.UTF_8);

      ResponseEntity<String> refused =
          http.postForEntity(IMAGES, new HttpEntity<>(broken, headers), String.class);

      assertProblem(refused, 400, "body", "is not a readable multipart/form-data body");
    }
    assertThat(count("select count(*) from image")).isEqualTo(images);
  }

  @Test
  void anAltTextWithAControlCharacterIsRefusedNamingIt() throws Exception {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new ByteArrayResource(TestImages.png(4, 4)) {
          @Override
          public String getFilename() {
            return "photo.png";
          }
        });
    form.add("alt", "教室\u001b[31m");
    HttpHeaders headers = editor();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> refused =
        http.postForEntity(IMAGES, new HttpEntity<>(form, headers), String.class);

    assertProblem(refused, 400, "alt", "contains a control character (U+001B)");
  }

  private void assertProblem(ResponseEntity<String> answer, int status, String field, String why)
      throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(answer.getBody());
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
    assertThat(problem.at("/errors/0/message").asText()).isEqualTo(why);
  }
}

package org.cishan.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cishan.support.security.Roles;
import org.cishan.support.testing.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** content-service's HTTP API as the integration tests call it: as an editor, auditor or anyone. */
record ContentApi(TestRestTemplate http, ObjectMapper json) {

  static final String ARTICLES = "/api/content/articles";
  static final String IMAGES = "/api/content/images";

  static HttpHeaders editor() {
    return bearer(ContentServiceIntegrationTest.EDITOR, Roles.EDITOR);
  }

  static HttpHeaders auditor() {
    return bearer("00000000-0000-4000-8000-0000000000a1", Roles.AUDITOR);
  }

  static HttpHeaders anyone() {
    return new HttpHeaders();
  }

  private static HttpHeaders bearer(String account, String role) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.shared().token(account, role));
    return headers;
  }

  ResponseEntity<String> get(HttpHeaders headers, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** GET, expecting 200, as JSON. */
  JsonNode read(HttpHeaders headers, String path) {
    ResponseEntity<String> found = get(headers, path);
    assertThat(found.getStatusCode().value()).as(path + ": " + found.getBody()).isEqualTo(200);
    return tree(found.getBody());
  }

  ResponseEntity<String> send(HttpMethod method, String path, Object body) {
    HttpHeaders headers = editor();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(write(body), headers), String.class);
  }

  ResponseEntity<String> delete(String path) {
    return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(editor()), String.class);
  }

  /** Writes an article as the editor, expecting 201; its JSON. */
  JsonNode write(Map<String, Object> article) {
    ResponseEntity<String> created = send(HttpMethod.POST, ARTICLES, article);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return tree(created.getBody());
  }

  /** Moves an article as the editor. */
  ResponseEntity<String> move(String articleId, String status, Instant publishAt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("note", "test");
    if (publishAt != null) {
      body.put("publishAt", publishAt.toString());
    }
    return send(HttpMethod.POST, ARTICLES + "/" + articleId + "/status", body);
  }

  /** Reviews and publishes an article, expecting each move to succeed. */
  void publish(String articleId) {
    for (String status : new String[] {"IN_REVIEW", "PUBLISHED"}) {
      ResponseEntity<String> moved = move(articleId, status, null);
      assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
    }
  }

  /** Uploads a file as the editor, declaring whatever name and type the caller likes. */
  ResponseEntity<String> upload(byte[] bytes, String fileName, String declaredType, String alt) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.parseMediaType(declaredType));
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new HttpEntity<>(
            new ByteArrayResource(bytes) {
              @Override
              public String getFilename() {
                return fileName;
              }
            },
            partHeaders));
    if (alt != null) {
      form.add("alt", alt);
    }
    HttpHeaders headers = editor();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity(IMAGES, new HttpEntity<>(form, headers), String.class);
  }

  /** Uploads an image, expecting 201; its id. */
  String uploaded(byte[] bytes) {
    ResponseEntity<String> created = upload(bytes, "photo", "application/octet-stream", null);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return tree(created.getBody()).get("imageId").asText();
  }

  JsonNode tree(String body) {
    try {
      return json.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  private String write(Object body) {
    try {
      return body instanceof String text ? text : json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An article's fields, to add to or change before writing. */
  static Map<String, Object> article(String title) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("summary", "摘要");
    fields.put("body", "<p>" + title + " 正文</p>");
    fields.put("language", "zh-CN");
    return fields;
  }
}

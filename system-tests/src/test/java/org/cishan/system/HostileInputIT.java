package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input through the gateway, to every public and staff endpoint of every service, with
 * every role's token: control characters, bidi overrides, unpaired surrogates, over-long strings,
 * wrong types, extreme numbers and dates, trailing garbage, empty and non-JSON bodies, wrong
 * content types, broken multipart uploads, hostile and colliding ids. Each request is answered
 * within {@link #BOUND} — no 5xx, and a 4xx is {@code application/problem+json} — and nothing a
 * refused request carried is stored: its ids do not exist afterwards and the public totals, the
 * project, article and image counts are what they were before.
 */
class HostileInputIT extends EndToEndTest {

  static final Duration BOUND = Duration.ofSeconds(10);
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(BOUND).version(HttpClient.Version.HTTP_1_1).build();

  /** Who sends: anonymous, or the demo account of a role. */
  enum Caller {
    ANONYMOUS(null),
    DONOR("donor"),
    FINANCE("finance"),
    AUDITOR("auditor"),
    EDITOR("editor"),
    PROJECT_OFFICER("project-officer"),
    ADMIN("admin");

    final String account;

    Caller(String account) {
      this.account = account;
    }
  }

  /** One request: method, path (already encoded), content type and body (null: none). */
  record Probe(String method, String path, String contentType, byte[] body) {}

  // Resources that exist, so that an id in a path is a real one.
  String project;
  String donation;
  String article;
  final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
  final Map<String, Long> countsBefore = new LinkedHashMap<>();
  final List<String> donationIdsThatMustNotExist = new ArrayList<>();

  @BeforeAll
  void prepare() throws Exception {
    for (Caller caller : Caller.values()) {
      if (caller.account != null) {
        tokens.put(caller, tokenOf(caller.account));
      }
    }
    project = createProject("敌意输入 Hostile input", 1_000_000);
    donation = cashGift(5_000, null);
    HttpResponse<String> written =
        post(
            system.gateway("/api/content/articles"),
            tokens.get(Caller.EDITOR),
            Map.of("title", "敌意输入", "body", "<p>正文</p>", "language", "zh-CN", "category", "NEWS"));
    assertAnswered(written, 201);
    article = JSON.readTree(written.body()).get("articleId").asText();
    await("the gift counted in the public totals")
        .atMost(Duration.ofSeconds(30))
        .until(() -> counts().get("donations") > 0);
    countsBefore.putAll(counts());
  }

  @TestFactory
  Stream<DynamicNode> hostileBodies() {
    return endpointsWithBodies().entrySet().stream()
        .map(
            endpoint ->
                DynamicContainer.dynamicContainer(
                    endpoint.getKey(),
                    bodyVariants(endpoint.getKey(), endpoint.getValue()).stream()));
  }

  @TestFactory
  Stream<DynamicNode> hostileIdsAndQueries() {
    List<DynamicNode> nodes = new ArrayList<>();
    for (String template : pathTemplates()) {
      String method = template.substring(0, template.indexOf(' '));
      String path = template.substring(template.indexOf(' ') + 1);
      for (String id : HOSTILE_IDS) {
        String hostilePath = path.replace("{id}", id);
        nodes.add(
            DynamicTest.dynamicTest(
                method + " " + hostilePath,
                () ->
                    assertRefusedByEveryone(
                        "id " + id, new Probe(method, hostilePath, null, null))));
      }
    }
    for (String query : HOSTILE_QUERIES) {
      nodes.add(
          DynamicTest.dynamicTest(
              "GET " + query,
              () -> assertRefusedByEveryone("query", new Probe("GET", query, null, null))));
    }
    return nodes.stream();
  }

  @TestFactory
  Stream<DynamicNode> brokenImageUploads() {
    String boundary = "----cishan" + UUID.randomUUID().toString().replace("-", "");
    String png = "\u0089PNG\r\n\u001a\n";
    Map<String, String[]> uploads = new LinkedHashMap<>();
    uploads.put("no boundary", new String[] {"multipart/form-data", part(boundary, "file", png)});
    uploads.put(
        "another boundary",
        new String[] {"multipart/form-data; boundary=other", part(boundary, "file", png)});
    uploads.put(
        "cut short",
        new String[] {
          "multipart/form-data; boundary=" + boundary, part(boundary, "file", png).substring(0, 60)
        });
    uploads.put(
        "no closing boundary",
        new String[] {
          "multipart/form-data; boundary=" + boundary,
          part(boundary, "file", png).replace("--" + boundary + "--", "")
        });
    uploads.put(
        "no file part",
        new String[] {"multipart/form-data; boundary=" + boundary, part(boundary, "other", png)});
    uploads.put(
        "an empty file",
        new String[] {"multipart/form-data; boundary=" + boundary, part(boundary, "file", "")});
    uploads.put(
        "text named .png",
        new String[] {
          "multipart/form-data; boundary=" + boundary, part(boundary, "file", "<svg onload=x>")
        });
    uploads.put("JSON instead", new String[] {"application/json", "{\"file\":\"x\"}"});
    uploads.put("empty body", new String[] {"multipart/form-data; boundary=" + boundary, ""});
    return uploads.entrySet().stream()
        .map(
            upload ->
                DynamicTest.dynamicTest(
                    "POST /api/content/images: " + upload.getKey(),
                    () ->
                        assertRefusedByEveryone(
                            upload.getKey(),
                            new Probe(
                                "POST",
                                "/api/content/images",
                                upload.getValue()[0],
                                upload.getValue()[1].getBytes(StandardCharsets.ISO_8859_1)))));
  }

  @TestFactory
  Stream<DynamicNode> collidingIds() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "a donation under an existing project's id is a donation; the fund is untouched",
            () -> {
              // ADR 9: a fund's stream is project-fund:<id>, so the id names only a donation here.
              // The cash gift is finance's to record (a donor: 403); it counts at once.
              Map<String, Object> gift =
                  Map.of(
                      "donationId",
                      project,
                      "donorName",
                      "撞号",
                      "amount",
                      Map.of("minorUnits", 100, "currency", "CNY"),
                      "channel",
                      "CASH");
              assertAnswered(
                  post(system.gateway("/api/donations"), tokens.get(Caller.DONOR), gift), 403);
              assertAnswered(
                  post(system.gateway("/api/donations"), tokens.get(Caller.FINANCE), gift), 201);
              countsBefore.merge("donations", 1L, Long::sum);
              await("the colliding gift counted like any other")
                  .atMost(Duration.ofSeconds(30))
                  .until(() -> counts().get("donations").equals(countsBefore.get("donations")));
              awaitKnownToLedger(project);
              JsonNode fund = getJson("/api/ledger/projects/" + project);
              assertThat(fund.get("projectId").asText()).isEqualTo(project);
              assertThat(
                      get(system.gateway("/api/donations/" + project), tokens.get(Caller.FINANCE))
                          .statusCode())
                  .isEqualTo(200);
            }),
        DynamicTest.dynamicTest(
            "an allocation naming a donation's id as its project",
            () -> {
              assertRefusedByEveryone(
                  "projectId = a donation's id",
                  json(
                      "POST",
                      "/api/ledger/allocations",
                      Map.of(
                          "allocationId",
                          UUID.randomUUID().toString(),
                          "projectId",
                          donation,
                          "amount",
                          Map.of("minorUnits", 100, "currency", "CNY"))));
              assertThat(
                      get(
                              system.gateway("/api/ledger/projects/" + donation),
                              tokens.get(Caller.FINANCE))
                          .statusCode())
                  .as("a project fund under donation %s's id", donation)
                  .isEqualTo(404);
            }),
        DynamicTest.dynamicTest(
            "a donation restricted to a donation's id as its project",
            () -> {
              String id = UUID.randomUUID().toString();
              donationIdsThatMustNotExist.add(id);
              assertRefusedByEveryone(
                  "projectId = a donation's id",
                  json(
                      "POST",
                      "/api/donations",
                      Map.of(
                          "donationId",
                          id,
                          "donorName",
                          "撞号",
                          "projectId",
                          donation,
                          "amount",
                          Map.of("minorUnits", 100, "currency", "CNY"))));
            }));
  }

  /** After all rows: nothing that a refused request carried was stored. */
  @AfterAll
  void nothingWasStored() throws Exception {
    SoftAssertions stored = new SoftAssertions();
    stored.assertThat(counts()).as("counts before and after").isEqualTo(countsBefore);
    for (String id : donationIdsThatMustNotExist) {
      int status =
          get(system.gateway("/api/donations/" + id), tokens.get(Caller.FINANCE)).statusCode();
      stored.assertThat(status).as("GET /api/donations/%s (finance)", id).isEqualTo(404);
    }
    stored.assertAll();
  }

  // ---------------------------------------------------------------------------------------------
  // The table
  // ---------------------------------------------------------------------------------------------

  static final List<String> HOSTILE_IDS =
      List.of(
          "%20" + "7b1f0e5c-1111-4a2b-9c3d-000000000001",
          "7b1f0e5c-1111-4a2b-9c3d-000000000001%00",
          "not-a-uuid",
          "%E2%80%AE" + "1000",
          "%ED%A0%80");

  static final List<String> HOSTILE_QUERIES =
      List.of(
          "/api/projects?title=%00",
          "/api/projects?title=%E2%80%AE",
          "/api/projects?page=-1&size=20",
          "/api/projects?page=0&size=9223372036854775807",
          "/api/projects?page=1e309",
          "/api/content/articles?q=%00",
          "/api/content/articles?tag=%ED%A0%80",
          "/api/content/articles?category=%00",
          "/api/content/articles?size=-5",
          "/api/donations/totals/daily?from=-999999999-01-01&to=%2B999999999-12-31",
          "/api/donations/totals/daily?from=2026-02-30",
          "/api/donations/mine?page=9223372036854775807",
          "/api/donations/pending?size=1.5",
          "/api/ledger/journal?date=-999999999-01-01",
          "/api/ledger/journal?date=%2B999999999-12-31",
          "/api/ledger/journal?date=%00");

  /** Every GET or body-less POST endpoint with an id in its path. */
  List<String> pathTemplates() {
    return List.of(
        "GET /api/donations/{id}",
        "GET /api/donations/{id}/trail",
        "GET /api/donations/{id}/receipt",
        "POST /api/donations/{id}/confirm",
        "GET /api/ledger/projects/{id}",
        "GET /api/ledger/projects/{id}/draws",
        "POST /api/ledger/projects/" + project + "/allocations/{id}/reversal",
        "GET /api/ledger/dead-letters?processor={id}",
        "POST /api/ledger/dead-letters/{id}/retry",
        "POST /api/ledger/dead-letters/donation-summaries/sequences/{id}/retry",
        "GET /api/projects/{id}",
        "GET /api/projects/{id}/history",
        "GET /api/projects/{id}/visits",
        "GET /api/projects/{id}/evaluations",
        "GET /api/projects/{id}/rectifications",
        "GET /api/projects/{id}/materials",
        "POST /api/projects/" + project + "/rectifications/{id}/verification",
        "POST /api/projects/" + project + "/materials/{id}/acceptance",
        "GET /api/content/articles/{id}",
        "GET /api/content/articles/by-slug/{id}",
        "GET /api/content/articles/{id}/history",
        "DELETE /api/content/articles/{id}",
        "GET /api/content/images/{id}",
        "DELETE /api/content/images/{id}",
        "GET /api/identity/accounts/{id}",
        "POST /api/identity/accounts/{id}/disable");
  }

  /** Every endpoint that takes a JSON body, with a valid body to start from. */
  Map<String, Map<String, Object>> endpointsWithBodies() {
    Map<String, Object> money = Map.of("minorUnits", 10_000, "currency", "CNY");
    Map<String, Map<String, Object>> endpoints = new LinkedHashMap<>();
    endpoints.put(
        "POST /api/donations",
        map(
            "donationId", "@new-donation",
            "donorName", "张三",
            "amount", money,
            "projectId", project,
            "channel", "BANK_TRANSFER",
            "paymentReference", "REF-1",
            "anonymous", false,
            "donorIdNumber", "A1234567",
            "message", "加油",
            "effectiveAt", "2026-03-01T00:00:00Z"));
    endpoints.put("POST /api/donations/" + donation + "/void", map("reason", "付款失败"));
    endpoints.put(
        "POST /api/donations/" + donation + "/refunds",
        map("refundId", "@new", "amount", money, "reason", "退款"));
    endpoints.put(
        "POST /api/donations/" + donation + "/release-restriction", map("reason", "捐赠人同意"));
    endpoints.put(
        "POST /api/ledger/allocations",
        map("allocationId", "@new", "projectId", project, "amount", money));
    endpoints.put(
        "POST /api/ledger/projects/" + project + "/disbursements",
        map(
            "disbursementId",
            "@new",
            "amount",
            money,
            "partner",
            "石门县移民安置办",
            "voucherReference",
            "记-2026-1"));
    endpoints.put(
        "POST /api/projects", map("title", "项目", "description", "说明", "fundraisingTarget", money));
    endpoints.put(
        "PUT /api/projects/" + project + "/details",
        map(
            "category", "EDUCATION",
            "province", "湖南省",
            "city", "常德市",
            "county", "石门县",
            "partnerOrganisation", "石门县教育局",
            "plannedStart", "2026-04-01",
            "plannedEnd", "2027-03-31",
            "approvalReference", "YM-2026-99"));
    endpoints.put(
        "POST /api/projects/" + project + "/status", map("status", "APPROVED", "reason", "批准"));
    endpoints.put(
        "POST /api/projects/" + project + "/visits",
        map(
            "visitedOn",
            "2026-03-01",
            "evaluators",
            List.of("李四"),
            "sites",
            List.of("石门县"),
            "observations",
            "良好",
            "photos",
            List.of(Map.of("fileName", "a.jpg", "caption", "现场", "site", "石门县"))));
    endpoints.put(
        "POST /api/projects/" + project + "/evaluations",
        map(
            "ratings",
            List.of(Map.of("criterion", "PROGRESS", "rating", 4)),
            "conclusion",
            "GOOD",
            "summary",
            "总结"));
    endpoints.put(
        "POST /api/projects/" + project + "/rectifications",
        map("finding", "名单未公示", "responsibleParty", "教育局", "dueDate", "2026-12-31"));
    endpoints.put(
        "POST /api/ledger/dead-letters/donation-summaries/sequences/" + donation + "/eviction",
        map("reason", "运维清理"));
    endpoints.put(
        "POST /api/content/articles",
        map(
            "title", "标题",
            "summary", "摘要",
            "body", "<p>正文</p>",
            "byline", "记者",
            "language", "zh-CN",
            "category", "NEWS",
            "tags", List.of("助学"),
            "projectIds", List.of(project),
            "slug", "hostile-@new"));
    endpoints.put(
        "PUT /api/content/articles/" + article,
        map("title", "标题", "body", "<p>正文</p>", "language", "zh-CN", "category", "NEWS"));
    endpoints.put(
        "POST /api/content/articles/" + article + "/status",
        map("status", "SCHEDULED", "note", "排期", "publishAt", "2030-01-01T00:00:00Z"));
    endpoints.put(
        "POST /api/identity/donors",
        map("login", "hostile@example.org", "displayName", "敌意", "password", "hostile-pass-1234"));
    endpoints.put(
        "POST /api/identity/staff",
        map(
            "login",
            "hostile-staff@example.org",
            "displayName",
            "敌意",
            "roles",
            List.of("FINANCE"),
            "initialPassword",
            "hostile-pass-1234"));
    return endpoints;
  }

  /** The hostile variants of one endpoint's valid body. */
  List<DynamicNode> bodyVariants(String endpoint, Map<String, Object> valid) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    Map<String, byte[][]> variants = new LinkedHashMap<>();
    String json = write(valid, null, null);
    variants.put("an empty body", bodies("application/json", ""));
    variants.put("not JSON", bodies("application/json", "donorName=张三&amount=1"));
    variants.put("trailing garbage", bodies("application/json", json + " {\"x\":1}"));
    variants.put("text/plain", bodies("text/plain", json));
    if (FULL_GENERIC_SET.contains(endpoint)) {
      genericVariants(variants, json);
    }
    addFieldVariants(variants, valid);
    return tests(method, path, variants);
  }

  /** The endpoints that get every whole-body variant; the others get the first four. */
  static final List<String> FULL_GENERIC_SET =
      List.of(
          "POST /api/donations",
          "POST /api/projects",
          "POST /api/content/articles",
          "POST /api/identity/donors");

  static void genericVariants(Map<String, byte[][]> variants, String json) {
    variants.put("cut short", bodies("application/json", json.substring(0, json.length() / 2)));
    variants.put("an array for the object", bodies("application/json", "[" + json + "]"));
    variants.put("null", bodies("application/json", "null"));
    variants.put("a NUL byte raw in the JSON", bodies("application/json", "{\u0000" + json));
    variants.put("application/xml", bodies("application/xml", "<donation><x>1</x></donation>"));
    variants.put("application/*", bodies("application/*", json));
    variants.put("*/*", bodies("*/*", json));
    variants.put("no content type", bodies(null, json));
    variants.put(
        "a duplicated key", bodies("application/json", "{\"a\":1,\"a\":2," + json.substring(1)));
  }

  static void addFieldVariants(Map<String, byte[][]> variants, Map<String, Object> valid) {
    boolean firstString = true;
    for (Map.Entry<String, Object> field : flatten(valid).entrySet()) {
      String name = field.getKey();
      Object value = field.getValue();
      List<String[]> replacements = new ArrayList<>();
      if (value instanceof Number) {
        for (String number :
            List.of(
                "1.5",
                "\"100\"",
                "true",
                "[100]",
                "{}",
                "9223372036854775807",
                "9223372036854775808",
                "-100",
                "1e309")) {
          replacements.add(new String[] {number, number});
        }
      } else if (value instanceof String text && isId(name, text)) {
        for (String id : List.of("\"a b\"", "\"\\u0000\"", "\"not-a-uuid\"", "123")) {
          replacements.add(new String[] {id, id});
        }
      } else if (value instanceof String text && isDate(text)) {
        for (String date :
            List.of(
                "\"-999999999-01-01\"",
                "\"+999999999-12-31\"",
                "\"-999999999-01-01T00:00:00Z\"",
                "\"2026-02-30\"")) {
          replacements.add(new String[] {date, date});
        }
      } else if (value instanceof String) {
        replacements.add(new String[] {"NUL", "\"a\\u0000b\""});
        if (firstString) {
          replacements.add(new String[] {"a control character", "\"a\\u0007b\\u001bc\""});
          replacements.add(new String[] {"a bidi override", "\"\\u202Eevil\\u202C\""});
          replacements.add(new String[] {"an unpaired surrogate", "\"a\\ud800b\""});
          replacements.add(new String[] {"100,000 characters", "\"" + "长".repeat(100_000) + "\""});
          replacements.add(new String[] {"an object", "{\"x\":1}"});
          firstString = false;
        }
      } else if (value instanceof Boolean) {
        replacements.add(new String[] {"\"yes\"", "\"yes\""});
        replacements.add(new String[] {"1", "1"});
      } else if (value instanceof ObjectField) {
        replacements.add(new String[] {"an array for the object", "[]"});
        replacements.add(new String[] {"a string for the object", "\"100 CNY\""});
      } else if (value instanceof List) {
        replacements.add(new String[] {"an object for the list", "{\"x\":1}"});
        replacements.add(new String[] {"a list of NULs", "[\"\\u0000\"]"});
      }
      for (String[] replacement : replacements) {
        variants.put(
            name + " = " + abbreviate(replacement[0]),
            bodies("application/json", write(valid, name, replacement[1])));
      }
    }
  }

  List<DynamicNode> tests(String method, String path, Map<String, byte[][]> variants) {
    List<DynamicNode> nodes = new ArrayList<>();
    variants.forEach(
        (why, body) ->
            nodes.add(
                DynamicTest.dynamicTest(
                    why,
                    () -> {
                      String contentType =
                          body[0] == null ? null : new String(body[0], StandardCharsets.UTF_8);
                      String text = new String(body[1], StandardCharsets.UTF_8);
                      if (text.contains("@new-donation")) {
                        String donationId = UUID.randomUUID().toString();
                        donationIdsThatMustNotExist.add(donationId);
                        text = text.replace("@new-donation", donationId);
                      }
                      while (text.contains("@new")) {
                        text = text.replaceFirst("@new", UUID.randomUUID().toString());
                      }
                      assertRefusedByEveryone(
                          why,
                          new Probe(
                              method, path, contentType, text.getBytes(StandardCharsets.UTF_8)));
                    })));
    return nodes;
  }

  // ---------------------------------------------------------------------------------------------
  // Sending and judging
  // ---------------------------------------------------------------------------------------------

  /**
   * Sends the probe as every caller at once: each is answered within the bound, with no 5xx, and a
   * 4xx is a problem; a 2xx means the hostile request was taken.
   */
  void assertRefusedByEveryone(String row, Probe probe) throws Exception {
    Map<Caller, CompletableFuture<HttpResponse<String>>> answers = new EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      answers.put(
          caller, CLIENT.sendAsync(request(probe, tokens.get(caller)), BodyHandlers.ofString()));
    }
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<Caller, CompletableFuture<HttpResponse<String>>> answer : answers.entrySet()) {
      String who =
          "["
              + row
              + "] "
              + answer.getKey()
              + " "
              + probe.method()
              + " "
              + abbreviate(probe.path());
      HttpResponse<String> response;
      try {
        response = answer.getValue().get();
      } catch (ExecutionException e) {
        softly.fail("%s: no answer within %s (%s)", who, BOUND, e.getCause());
        continue;
      }
      int status = response.statusCode();
      String contentType = response.headers().firstValue("Content-Type").orElse("(none)");
      String shown = who + " → " + status + " " + contentType + " " + abbreviate(response.body());
      softly.assertThat(status).as(shown).isBetween(400, 499);
      if (status >= 400 && status < 500) {
        softly.assertThat(contentType).as(shown).startsWith("application/problem+json");
      }
    }
    softly.assertAll();
  }

  HttpRequest request(Probe probe, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(system.gateway("").toString() + probe.path()))
            .timeout(BOUND)
            .header("Accept", "application/json, application/problem+json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    return request
        .method(
            probe.method(),
            probe.body() == null
                ? BodyPublishers.noBody()
                : BodyPublishers.ofByteArray(probe.body()))
        .build();
  }

  /** Public donation count, projects, articles and images as staff see them. */
  Map<String, Long> counts() throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("donations", getJson("/api/donations/totals").get("donationCount").asLong());
    counts.put("projects", total("/api/projects?size=1", null));
    counts.put("articles", total("/api/content/articles?size=1", tokens.get(Caller.EDITOR)));
    counts.put("images", total("/api/content/images?size=1", tokens.get(Caller.EDITOR)));
    return counts;
  }

  private long total(String path, String token) throws Exception {
    JsonNode page = getJson(path, token);
    JsonNode total = page.get("totalItems");
    return total == null ? page.size() : total.asLong();
  }

  // ---------------------------------------------------------------------------------------------
  // JSON surgery
  // ---------------------------------------------------------------------------------------------

  private static final String HOLE = "\"@@hostile@@\"";

  /** The body as JSON, with the field at {@code path} (dotted) replaced by raw JSON. */
  static String write(Map<String, Object> body, String path, String rawJson) {
    try {
      Map<String, Object> copy = path == null ? body : replaced(body, path.split("\\."), 0);
      String json = JSON.writeValueAsString(copy);
      return path == null ? json : json.replace(HOLE, rawJson);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> replaced(Map<String, Object> body, String[] path, int at) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    if (at == path.length - 1) {
      copy.put(path[at], HOLE.substring(1, HOLE.length() - 1));
    } else {
      copy.put(path[at], replaced((Map<String, Object>) body.get(path[at]), path, at + 1));
    }
    return copy;
  }

  /** Every field, nested ones as {@code amount.minorUnits}; lists count as one field. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> flatten(Map<String, Object> body) {
    Map<String, Object> fields = new LinkedHashMap<>();
    body.forEach(
        (name, value) -> {
          if (value instanceof Map<?, ?> nested) {
            fields.put(name, new ObjectField());
            flatten((Map<String, Object>) nested)
                .forEach((inner, innerValue) -> fields.put(name + "." + inner, innerValue));
          } else {
            fields.put(name, value);
          }
        });
    return fields;
  }

  /** A field whose value is a JSON object. */
  record ObjectField() {}

  static boolean isId(String name, String value) {
    return name.endsWith("Id") || value.startsWith("@new");
  }

  static boolean isDate(String value) {
    return value.matches("\\d{4}-\\d{2}-\\d{2}.*");
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static byte[][] bodies(String contentType, String body) {
    return new byte[][] {
      contentType == null ? null : contentType.getBytes(StandardCharsets.UTF_8),
      body.getBytes(StandardCharsets.UTF_8)
    };
  }

  Probe json(String method, String path, Map<String, Object> body) throws Exception {
    return new Probe(method, path, "application/json", JSON.writeValueAsBytes(body));
  }

  static String part(String boundary, String name, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n"
        + content
        + "\r\n--"
        + boundary
        + "--\r\n";
  }

  static String abbreviate(String text) {
    String oneLine = text.replaceAll("[\\p{Cntrl}]", "·");
    return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "…";
  }
}

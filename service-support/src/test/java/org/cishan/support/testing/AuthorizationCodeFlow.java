package org.cishan.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains real tokens from the identity service the way a browser and a portal do: the OAuth 2.1
 * authorization code flow with PKCE, through the login form. Fresh cookie jar per sign-in; only the
 * JDK HTTP client and Jackson, so any module's tests can use it.
 *
 * <pre>{@code
 * var flow = AuthorizationCodeFlow.of(URI.create("http://127.0.0.1:8084"), "cishan-portal",
 *     URI.create("http://127.0.0.1:8080/portal/callback"));
 * String accessToken = flow.login("finance@demo.cishan.org", "demo-finance-pass").accessToken();
 * }</pre>
 */
public final class AuthorizationCodeFlow {

  /** The token endpoint's answer. {@code refreshToken} is null for public clients. */
  public record Tokens(
      String accessToken, String idToken, String refreshToken, long expiresIn, String scope) {}

  /** The login form refused the credentials; {@code errorMessage} is what the page showed. */
  public static final class LoginRejected extends RuntimeException {
    private final String errorMessage;
    private final String redirect;

    LoginRejected(String errorMessage, String redirect) {
      super("Login rejected: " + errorMessage);
      this.errorMessage = errorMessage;
      this.redirect = redirect;
    }

    public String errorMessage() {
      return errorMessage;
    }

    /** Where the failed form post redirected to (the same for every failure). */
    public String redirect() {
      return redirect;
    }
  }

  /** An unexpected HTTP answer on the way, or a token endpoint error ({@code body} has it). */
  public static final class FlowFailed extends RuntimeException {
    private final int status;
    private final String body;

    FlowFailed(String step, int status, String body) {
      super(step + " answered " + status + ": " + body);
      this.status = status;
      this.body = body;
    }

    public int status() {
      return status;
    }

    public String body() {
      return body;
    }
  }

  private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(name|value)=\"([^\"]*)\"");
  private static final Pattern ALERT =
      Pattern.compile("<div class=\"alert alert-danger\"[^>]*>(.*?)</div>", Pattern.DOTALL);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUri;
  private final String clientId;
  private final String clientSecret;
  private final URI redirectUri;
  private final String scope;

  private AuthorizationCodeFlow(
      URI baseUri, String clientId, String clientSecret, URI redirectUri, String scope) {
    this.baseUri = baseUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
    this.scope = scope;
  }

  /** A public client (no secret), scopes {@code openid profile}. */
  public static AuthorizationCodeFlow of(URI baseUri, String clientId, URI redirectUri) {
    return new AuthorizationCodeFlow(baseUri, clientId, null, redirectUri, "openid profile");
  }

  /** The same flow as a confidential client (HTTP Basic client authentication). */
  public AuthorizationCodeFlow withClientSecret(String secret) {
    return new AuthorizationCodeFlow(baseUri, clientId, secret, redirectUri, scope);
  }

  /** Signs in through the login form and exchanges the code; {@link LoginRejected} if refused. */
  public Tokens login(String login, String password) {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String verifier = randomToken();
    String state = randomToken();
    URI authorize =
        baseUri.resolve(
            "/oauth2/authorize?"
                + form(
                    Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        clientId,
                        "redirect_uri",
                        redirectUri.toString(),
                        "scope",
                        scope,
                        "state",
                        state,
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256")));
    URI loginPage = redirectOf(send(browser, get(authorize)), "authorization request", authorize);
    HttpResponse<String> page = expect(send(browser, get(loginPage)), 200, "login page");
    URI afterLogin =
        redirectOf(
            send(browser, loginForm(loginPage, page.body(), login, password)),
            "login form",
            loginPage);
    if (afterLogin.getPath().endsWith("/login")
        && afterLogin.getQuery() != null
        && afterLogin.getQuery().contains("error")) {
      String shown =
          find(ALERT, send(browser, get(afterLogin)).body())
              .map(AuthorizationCodeFlow::text)
              .orElse("");
      throw new LoginRejected(shown, afterLogin.toString());
    }
    URI callback = afterLogin;
    for (int hop = 0; hop < 5 && !callback.toString().startsWith(redirectUri.toString()); hop++) {
      callback = redirectOf(send(browser, get(callback)), "authorization redirect", callback);
    }
    Map<String, String> answer = query(callback);
    if (!state.equals(answer.get("state")) || !answer.containsKey("code")) {
      throw new FlowFailed("authorization response", 302, callback.toString());
    }
    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("grant_type", "authorization_code");
    exchange.put("code", answer.get("code"));
    exchange.put("redirect_uri", redirectUri.toString());
    exchange.put("code_verifier", verifier);
    return tokenRequest(browser, exchange);
  }

  /** Redeems a refresh token (confidential clients only). */
  public Tokens refresh(String refreshToken) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return tokenRequest(
        client, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
  }

  private Tokens tokenRequest(HttpClient client, Map<String, String> parameters) {
    Map<String, String> body = new LinkedHashMap<>(parameters);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri.resolve("/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (clientSecret == null) {
      body.put("client_id", clientId);
    } else {
      String credentials = encode(clientId) + ":" + encode(clientSecret);
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response =
        expect(
            send(client, request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build()),
            200,
            "token endpoint");
    try {
      JsonNode json = JSON.readTree(response.body());
      return new Tokens(
          json.path("access_token").asText(null),
          json.path("id_token").asText(null),
          json.path("refresh_token").asText(null),
          json.path("expires_in").asLong(),
          json.path("scope").asText(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest loginForm(URI loginPage, String html, String login, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(html);
    while (hidden.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(hidden.group());
      while (attribute.find()) {
        attributes.put(attribute.group(1), text(attribute.group(2)));
      }
      fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
    }
    fields.put("username", login);
    fields.put("password", password);
    URI action =
        loginPage.resolve(find(FORM, html).map(AuthorizationCodeFlow::text).orElse("/login"));
    return HttpRequest.newBuilder(action)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
        .build();
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static HttpResponse<String> expect(
      HttpResponse<String> response, int status, String step) {
    if (response.statusCode() != status) {
      throw new FlowFailed(step, response.statusCode(), response.body());
    }
    return response;
  }

  private static URI redirectOf(HttpResponse<String> response, String step, URI from) {
    String location = response.headers().firstValue("Location").orElse(null);
    if (response.statusCode() / 100 != 3 || location == null) {
      throw new FlowFailed(step, response.statusCode(), response.body());
    }
    return from.resolve(location);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    String raw = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return parameters;
  }

  private static java.util.Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
  }

  /** The few HTML entities Spring Security's login page escapes. */
  private static String text(String html) {
    return html.strip()
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

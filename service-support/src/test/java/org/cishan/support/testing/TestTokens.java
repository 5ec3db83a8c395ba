package org.cishan.support.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An identity provider for tests: one RSA key published as a JWKS on {@code <issuer>/oauth2/jwks}
 * (the path identity-service uses) and tokens with identity-service's claims ({@code sub}, {@code
 * roles}, {@code name}, {@code aud=cishan}) — genuine ones and the broken kinds a resource server
 * must refuse (expired, signed by a foreign key, tampered, for another audience or issuer).
 *
 * <p>One instance per test JVM ({@link #shared()}), so Spring's cached test contexts agree on the
 * issuer. Point a service at it with {@link #register(DynamicPropertyRegistry)}.
 */
public final class TestTokens {

  public static final String AUDIENCE = "cishan";
  private static final String KEY_ID = "cishan-test-key";
  private static TestTokens shared;

  private final RSAKey signingKey;
  private final RSAKey foreignKey;
  private final HttpServer server;
  private final URI issuer;

  private TestTokens(RSAKey signingKey, URI issuer) {
    this.signingKey = signingKey;
    this.foreignKey = generate(signingKey.getKeyID());
    this.server = null;
    this.issuer = issuer;
  }

  private TestTokens() {
    signingKey = generate(KEY_ID);
    foreignKey = generate(KEY_ID);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/oauth2/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(jwks);
          }
        });
    server.start();
    issuer = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Tokens signed with a real issuer's own key (e.g. identity-service's active key in its tests),
   * for the kinds its login flow cannot produce: expired ones above all. No JWKS server.
   */
  public static TestTokens signingWith(RSAKey issuerKey, URI issuer) {
    return new TestTokens(issuerKey, issuer);
  }

  /** The JVM-wide test issuer, started on first use (its server thread dies with the JVM). */
  public static synchronized TestTokens shared() {
    if (shared == null) {
      shared = new TestTokens();
    }
    return shared;
  }

  public URI issuer() {
    return issuer;
  }

  /** Where the JWKS is served ({@code <issuer>/oauth2/jwks}). */
  public URI jwkSetUri() {
    return issuer.resolve("/oauth2/jwks");
  }

  /**
   * Spring Boot's resource-server properties (issuer, JWKS, audience, the {@code roles} claim as
   * {@code ROLE_} authorities), the same ones the services' application.yml set from {@code
   * CISHAN_ISSUER_URI}.
   */
  public void register(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer.toString());
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> jwkSetUri().toString());
    registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
  }

  /** A valid five-minute access token for {@code subject} holding {@code roles}. */
  public String token(String subject, String... roles) {
    return sign(claims(subject, roles).build(), signingKey);
  }

  /** A token for a random subject holding {@code roles}. */
  public String tokenWithRoles(String... roles) {
    return token(UUID.randomUUID().toString(), roles);
  }

  /** Genuinely signed, but expired ten minutes ago (beyond any clock-skew allowance). */
  public String expired(String subject, String... roles) {
    Instant issuedAt = Instant.now().minus(Duration.ofMinutes(20));
    return sign(
        claims(subject, roles)
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(10))))
            .build(),
        signingKey);
  }

  /** The right claims and key id, signed by a key the issuer never published. */
  public String signedByForeignKey(String subject, String... roles) {
    return sign(claims(subject, roles).build(), foreignKey);
  }

  /**
   * A genuine token of {@code subject} whose payload was then rewritten to claim {@code roles}
   * (say, ADMIN); the original signature is kept, so it no longer matches.
   */
  public String tampered(String subject, String... roles) {
    return tamper(token(subject), roles);
  }

  /**
   * {@code genuine} (any issuer's token) with its {@code roles} claim rewritten, keeping the
   * original header and signature.
   */
  public static String tamper(String genuine, String... roles) {
    String[] parts = genuine.split("\\.");
    try {
      JWTClaimsSet forged =
          new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet())
              .claim("roles", List.of(roles))
              .build();
      String payload =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(forged.toString().getBytes(StandardCharsets.UTF_8));
      return parts[0] + "." + payload + "." + parts[2];
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Genuinely signed, but for an audience other than {@code cishan}. */
  public String forOtherAudience(String subject, String... roles) {
    return sign(claims(subject, roles).audience("someone-else").build(), signingKey);
  }

  /** Genuinely signed by the same key, but naming another issuer. */
  public String fromOtherIssuer(String subject, String... roles) {
    return sign(claims(subject, roles).issuer("http://other-issuer.invalid").build(), signingKey);
  }

  /** The claims of a token, parsed without verification (for assertions). */
  public static JWTClaimsSet claimsOf(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private JWTClaimsSet.Builder claims(String subject, String... roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer.toString())
        .subject(subject)
        .audience(AUDIENCE)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
        .jwtID(UUID.randomUUID().toString())
        .claim("roles", List.of(roles))
        .claim("name", "Test " + subject);
  }

  private static RSAKey generate(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}

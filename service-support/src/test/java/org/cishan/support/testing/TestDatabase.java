package org.cishan.support.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fresh PostgreSQL databases for integration tests, on the server the tests are pointed at: {@code
 * CISHAN_DB_HOST} (default 127.0.0.1), {@code CISHAN_DB_PORT} (5432), {@code CISHAN_DB_USER}
 * (postgres), {@code CISHAN_DB_PASSWORD} (empty). {@code .ci/run} makes sure one is running.
 */
public final class TestDatabase {

  private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  /**
   * Drops the database if it exists and creates it empty. {@code CISHAN_TEST_DB_SUFFIX}, when set,
   * is appended to the name, so that two builds on one server do not share databases.
   */
  public static TestDatabase fresh(String baseName) {
    String name = baseName + env("CISHAN_TEST_DB_SUFFIX", "");
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Unsafe database name: " + name);
    }
    try (Connection admin = DriverManager.getConnection(url("postgres"), user(), secret());
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot create test database "
              + name
              + " on "
              + url("postgres")
              + " — is PostgreSQL running? (.ci/run starts it)",
          e);
    }
    return new TestDatabase(name);
  }

  /**
   * Points a Spring Boot test's DataSource at this database (call from a DynamicPropertySource).
   */
  public void registerDataSource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", this::jdbcUrl);
    registry.add("spring.datasource.username", this::username);
    registry.add("spring.datasource.password", this::password);
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return url(name);
  }

  public String username() {
    return user();
  }

  public String password() {
    return secret();
  }

  private static String secret() {
    return env("CISHAN_DB_PASSWORD", "");
  }

  private static String url(String database) {
    return "jdbc:postgresql://"
        + env("CISHAN_DB_HOST", "127.0.0.1")
        + ":"
        + env("CISHAN_DB_PORT", "5432")
        + "/"
        + database;
  }

  private static String user() {
    return env("CISHAN_DB_USER", "postgres");
  }

  private static String env(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }
}

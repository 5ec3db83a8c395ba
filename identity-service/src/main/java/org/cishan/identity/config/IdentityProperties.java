package org.cishan.identity.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code cishan.identity.*}: everything a deployment tunes (see application.yml). */
@ConfigurationProperties("cishan.identity")
public record IdentityProperties(
    @DefaultValue("http://127.0.0.1:8084") URI issuer,
    @DefaultValue("cishan") String audience,
    @DefaultValue("PT5M") Duration accessTokenTtl,
    @DefaultValue("12") int passwordHashStrength,
    @DefaultValue("false") boolean demoAccounts,
    @DefaultValue PortalClient portalClient,
    @DefaultValue DemoClient demoClient,
    @DefaultValue Lockout lockout,
    @DefaultValue Keys keys,
    @DefaultValue BootstrapAdmin bootstrapAdmin) {

  /** The public portal client {@code cishan-portal}: authorization code + PKCE, no secret. */
  public record PortalClient(
      @DefaultValue("http://127.0.0.1:8080/portal/callback") List<URI> redirectUris,
      @DefaultValue("http://127.0.0.1:8080/portal/") List<URI> postLogoutRedirectUris) {}

  /**
   * The confidential client {@code cishan-demo} for the local demo and tests (code + PKCE + refresh
   * tokens); registered only when a secret is configured.
   */
  public record DemoClient(
      @DefaultValue("") String secret,
      @DefaultValue("http://127.0.0.1:8080/demo/callback") List<URI> redirectUris) {

    public boolean enabled() {
      return secret != null && !secret.isBlank();
    }
  }

  public record Lockout(
      @DefaultValue("5") int maxFailures,
      @DefaultValue("PT15M") Duration lockDuration,
      @DefaultValue("PT0.5S") Duration baseDelay,
      @DefaultValue("PT4S") Duration maxDelay) {}

  public record Keys(
      @DefaultValue("P30D") Duration rotationPeriod,
      @DefaultValue("P1D") Duration retiredKeyRetention,
      @DefaultValue("PT1H") Duration checkInterval) {}

  /** An ADMIN account created at startup when its login does not exist yet (first deployment). */
  public record BootstrapAdmin(@DefaultValue("") String login, @DefaultValue("") String password) {

    public boolean enabled() {
      return !login.isBlank() && !password.isBlank();
    }
  }
}

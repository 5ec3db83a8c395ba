package org.cishan.identity.config;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.List;
import org.cishan.support.security.AccessRules;
import org.cishan.support.security.ApiSecurity;
import org.cishan.support.security.ProblemJsonSecurityHandlers;
import org.cishan.support.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains after the authorization server's: the bearer-token API (stateless, problem+json
 * 401/403, one rule per endpoint, everything else denied) and the browser side (the login form that
 * the authorization endpoint redirects to).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ProblemJsonSecurityHandlers problems,
      JwtAuthenticationConverter tokenConverter)
      throws Exception {
    http.securityMatcher("/api/**", "/actuator/**");
    return ApiSecurity.apply(http, identityAccessRules(), problems, tokenConverter).build();
  }

  /** Who may call which identity endpoint; anything else under /api is denied. */
  static AccessRules identityAccessRules() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.POST, "/api/identity/donors")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/api/identity/me")
            .authenticated()
            .requestMatchers(HttpMethod.POST, "/api/identity/staff")
            .hasRole(Roles.ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/identity/accounts/*")
            .hasRole(Roles.ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/identity/accounts/*/disable")
            .hasRole(Roles.ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/identity/keys/rotate")
            .hasRole(Roles.ADMIN);
  }

  @Bean
  @Order(3)
  SecurityFilterChain browserChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated())
        .formLogin(form -> form.permitAll());
    return http.build();
  }

  /**
   * Verifies this service's own tokens for its API and the OIDC userinfo endpoint: RS256 only, keys
   * from the same database-backed source, issuer, expiry and audience checked.
   */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(properties.issuer().toString()),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience()))));
    return decoder;
  }
}

package org.cishan.support.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The one way a Cishan API is secured: a stateless OAuth 2 resource server that verifies the bearer
 * token itself (signature, issuer, audience, expiry — defence in depth behind the gateway), then
 * applies the service's {@link AccessRules}; health, info and metrics are public and everything not
 * ruled is denied. 401 and 403 are problem+json.
 */
public final class ApiSecurity {

  private ApiSecurity() {}

  public static HttpSecurity apply(
      HttpSecurity http,
      AccessRules rules,
      ProblemJsonSecurityHandlers problems,
      JwtAuthenticationConverter tokenConverter)
      throws Exception {
    return http.authorizeHttpRequests(
            requests -> {
              requests
                  .requestMatchers(EndpointRequest.to("health", "info", "prometheus"))
                  .permitAll();
              rules.declare(requests);
              requests.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(cache -> cache.disable())
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable);
  }
}

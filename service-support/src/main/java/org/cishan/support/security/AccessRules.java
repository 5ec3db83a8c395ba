package org.cishan.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's access rule for each of its endpoints, in Spring Security's own DSL. {@link
 * ApiSecurity} puts the public actuator endpoints before them and "deny everything else" after
 * them, so an endpoint without a rule is refused (401 anonymous, 403 signed in) — and the
 * authorization-matrix test of the service names it.
 *
 * <pre>{@code
 * @Bean
 * AccessRules donationAccessRules() {
 *   return rules -> rules
 *       .requestMatchers(HttpMethod.POST, "/api/donations").permitAll()
 *       .requestMatchers(HttpMethod.GET, "/api/donations/*").hasAnyRole(FINANCE, AUDITOR);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AccessRules {

  void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}

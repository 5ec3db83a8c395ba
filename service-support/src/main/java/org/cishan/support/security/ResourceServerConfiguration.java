package org.cishan.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes every servlet service a resource server: the {@code roles} claim as {@code ROLE_}
 * authorities, {@link Actor} parameters in controllers, and — unless the service builds chains of
 * its own — the {@link ApiSecurity} filter chain with the service's {@link AccessRules}. Keys,
 * issuer and audience come from Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}
 * properties (see each service's application.yml), so any OIDC provider can issue the tokens.
 */
@AutoConfiguration(
    before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ResourceServerConfiguration {

  /** The claim that carries Cishan's roles in access tokens. */
  public static final String ROLES_CLAIM = "roles";

  @Bean
  @ConditionalOnMissingBean
  JwtAuthenticationConverter jwtAuthenticationConverter() {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName(ROLES_CLAIM);
    roles.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(roles);
    return converter;
  }

  @Bean
  @ConditionalOnMissingBean
  ProblemJsonSecurityHandlers problemJsonSecurityHandlers(ObjectMapper objectMapper) {
    return new ProblemJsonSecurityHandlers(objectMapper);
  }

  @Bean
  WebMvcConfigurer actorParameters() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
      }
    };
  }

  /** Without {@link AccessRules} only health, info and metrics are reachable. */
  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain apiSecurityFilterChain(
      HttpSecurity http,
      ObjectProvider<AccessRules> rules,
      ProblemJsonSecurityHandlers problems,
      JwtAuthenticationConverter tokenConverter)
      throws Exception {
    AccessRules declared = rules.getIfAvailable(() -> none -> {});
    return ApiSecurity.apply(http, declared, problems, tokenConverter).build();
  }
}

package org.cishan.gateway.security;

import java.time.Duration;
import java.util.List;
import org.cishan.gateway.web.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec.ReferrerPolicySpec;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;

/**
 * The front door's security: every bearer token is verified (signature against the issuer's JWKS,
 * issuer, audience, expiry — Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}) and
 * a bad one is refused with a 401 problem before any route; a request without a token passes as
 * anonymous, because which endpoint needs which role is decided by the service that owns it (ADR
 * 5). Also CORS for the portal origins (answered here alone; a refusal is a 403 problem) and the
 * security headers of a JSON API; a service's own {@code Cache-Control} is kept (Spring Security
 * writes its no-store default only when the answer has none).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class GatewaySecurityConfig {

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

  @Bean
  SecurityWebFilterChain gatewaySecurity(
      ServerHttpSecurity http,
      ReactiveJwtDecoder jwtDecoder,
      ProblemResponses problems,
      CorsConfigurationSource cors) {
    ServerAuthenticationEntryPoint invalidToken = invalidTokenEntryPoint(problems);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.disable())
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .cors(ServerHttpSecurity.CorsSpec::disable)
        .addFilterAt(new ProblemCorsWebFilter(cors, problems), SecurityWebFiltersOrder.CORS)
        .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtDecoder(keysUnavailableIsNoVerdict(jwtDecoder)))
                    .authenticationEntryPoint(invalidToken))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(invalidToken))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.mode(Mode.DENY))
                    .referrerPolicy(
                        (ReferrerPolicySpec referrer) ->
                            referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicy(permissions -> permissions.policy(PERMISSIONS_POLICY)))
        .build();
  }

  /**
   * Boot's decoder (issuer, audience, expiry from the properties) with one change: when the
   * issuer's keys cannot be fetched, the failure says so as a {@link JwtException} that is no
   * verdict on the token. Spring Security then raises it as a service error (a 503 problem, see
   * {@code GatewayProblems}) instead of an unexplained error; a bad token stays a 401.
   */
  private static ReactiveJwtDecoder keysUnavailableIsNoVerdict(ReactiveJwtDecoder decoder) {
    return token ->
        decoder
            .decode(token)
            .onErrorMap(
                error -> !(error instanceof JwtException),
                error -> new JwtException("The token issuer's keys cannot be obtained", error));
  }

  /**
   * 401 with the RFC 6750 challenge ({@code Bearer error="invalid_token"}, no details of why) and a
   * problem+json body.
   */
  private static ServerAuthenticationEntryPoint invalidTokenEntryPoint(ProblemResponses problems) {
    return (exchange, failure) -> {
      String challenge =
          failure instanceof OAuth2AuthenticationException oauth
              ? "Bearer error=\"" + oauth.getError().getErrorCode() + "\""
              : "Bearer";
      exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
      return problems.write(
          exchange,
          ProblemResponses.problem(
              HttpStatus.UNAUTHORIZED,
              "unauthenticated",
              "A valid bearer token is required.",
              exchange));
    };
  }

  @Bean
  CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.allowedOrigins());
    cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
    cors.setAllowedHeaders(
        List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT,
            HttpHeaders.ACCEPT_LANGUAGE,
            HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MATCH,
            "Idempotency-Key"));
    cors.setExposedHeaders(
        List.of(
            HttpHeaders.LOCATION,
            HttpHeaders.ETAG,
            HttpHeaders.RETRY_AFTER,
            "RateLimit-Limit",
            "RateLimit-Remaining"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return source;
  }

  /**
   * Requests that Spring Security's firewall rejects (encoded {@code .}, {@code /}, {@code %} or
   * {@code ;}, backslash, NUL, control characters in headers, odd methods) are problems too; Spring
   * Security takes a bean of this type for its {@code WebFilterChainProxy}.
   */
  @Bean
  ServerExchangeRejectedHandler rejectedRequestProblems(ProblemResponses problems) {
    return new RejectedRequestProblems(problems);
  }

  /**
   * A path or query that is no percent-encoded UTF-8 is refused like the firewall's refusals,
   * before anything else looks at it (right after {@code UnreadBodyClosesConnectionFilter}).
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  WebFilter pathEncodingFilter(ServerExchangeRejectedHandler rejectedRequestProblems) {
    return new PathEncodingFilter(rejectedRequestProblems);
  }

  /** Drops the services' own CORS headers: the gateway's are the only ones a browser sees. */
  @Bean
  HttpHeadersFilter serviceCorsHeadersFilter() {
    return new ServiceCorsHeadersFilter();
  }
}

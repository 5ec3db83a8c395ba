package org.cishan.identity.config;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cishan.identity.query.AccountQueries;
import org.cishan.identity.store.AuthorizationStore;
import org.cishan.identity.store.SigningKeyStore;
import org.cishan.identity.token.AccessTokenClaims;
import org.cishan.identity.token.DatabaseJwkSource;
import org.cishan.identity.token.KeyPolicy;
import org.cishan.identity.token.SigningKeys;
import org.cishan.identity.token.TokenHousekeeping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Authorization Server: OAuth 2.1 authorization code + PKCE, OIDC (discovery, ID tokens,
 * userinfo, logout), JWKS, token revocation and introspection — all from the framework. Cishan only
 * supplies the clients, the database-backed keys and authorizations, and the token claims.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

  static final String PORTAL_CLIENT = "cishan-portal";
  static final String DEMO_CLIENT = "cishan-demo";

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, as -> as.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
  }

  @Bean
  RegisteredClientRepository registeredClients(
      IdentityProperties properties, PasswordEncoder passwordEncoder) {
    List<RegisteredClient> clients = new ArrayList<>();
    clients.add(portalClient(properties));
    if (properties.demoClient().enabled()) {
      clients.add(demoClient(properties, passwordEncoder));
    }
    return new InMemoryRegisteredClientRepository(clients);
  }

  /** Authorizations (codes, refresh tokens) in PostgreSQL: shared by instances, revocable. */
  @Bean
  OAuth2AuthorizationService authorizationService(
      JdbcOperations jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients);
  }

  @Bean
  SigningKeys signingKeys(
      SigningKeyStore store,
      IdentityProperties properties,
      Clock clock,
      TransactionTemplate transactions) {
    IdentityProperties.Keys keys = properties.keys();
    return new SigningKeys(
        store,
        new KeyPolicy(keys.rotationPeriod(), keys.retiredKeyRetention()),
        clock,
        transactions);
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(SigningKeys signingKeys) {
    return new DatabaseJwkSource(signingKeys);
  }

  @Bean
  AccessTokenClaims accessTokenClaims(
      SigningKeys signingKeys, AccountQueries accounts, IdentityProperties properties) {
    return new AccessTokenClaims(signingKeys, accounts, properties.audience());
  }

  @Bean
  TokenHousekeeping tokenHousekeeping(
      SigningKeys signingKeys, AuthorizationStore authorizations, Clock clock) {
    return new TokenHousekeeping(signingKeys, authorizations, clock);
  }

  private static RegisteredClient portalClient(IdentityProperties properties) {
    IdentityProperties.PortalClient portal = properties.portalClient();
    return RegisteredClient.withId(PORTAL_CLIENT)
        .clientId(PORTAL_CLIENT)
        .clientName("Cishan portal")
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUris(uris -> uris.addAll(strings(portal.redirectUris())))
        .postLogoutRedirectUris(uris -> uris.addAll(strings(portal.postLogoutRedirectUris())))
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(firstPartyWithPkce())
        .tokenSettings(tokenSettings(properties))
        .build();
  }

  private static RegisteredClient demoClient(
      IdentityProperties properties, PasswordEncoder passwordEncoder) {
    IdentityProperties.DemoClient demo = properties.demoClient();
    return RegisteredClient.withId(DEMO_CLIENT)
        .clientId(DEMO_CLIENT)
        .clientName("Cishan local demo")
        .clientSecret(passwordEncoder.encode(demo.secret()))
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        .redirectUris(uris -> uris.addAll(strings(demo.redirectUris())))
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(firstPartyWithPkce())
        .tokenSettings(tokenSettings(properties))
        .build();
  }

  /** Cishan's own frontends: PKCE required, no consent screen. */
  private static ClientSettings firstPartyWithPkce() {
    return ClientSettings.builder()
        .requireProofKey(true)
        .requireAuthorizationConsent(false)
        .build();
  }

  private static TokenSettings tokenSettings(IdentityProperties properties) {
    return TokenSettings.builder()
        .accessTokenTimeToLive(properties.accessTokenTtl())
        .authorizationCodeTimeToLive(Duration.ofMinutes(2))
        .refreshTokenTimeToLive(Duration.ofHours(8))
        .reuseRefreshTokens(false)
        .build();
  }

  private static List<String> strings(List<URI> uris) {
    return uris.stream().map(URI::toString).toList();
  }
}

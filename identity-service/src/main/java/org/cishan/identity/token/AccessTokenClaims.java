package org.cishan.identity.token;

import static java.util.stream.Collectors.toCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.Role;
import org.cishan.identity.query.AccountQueries;
import org.cishan.support.security.ResourceServerConfiguration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes every JWT Spring Authorization Server issues: signed with the active key (its {@code kid}
 * in the header); for an account, {@code sub} = account id (set by the server from the principal
 * name), {@code name} = display name, and in access tokens {@code roles} = the account's roles and
 * {@code aud} = the configured audience. Roles and name are read from the database at issue time,
 * and a disabled or deleted account gets no token at all (also not by refresh).
 */
public class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  public static final String ROLES = ResourceServerConfiguration.ROLES_CLAIM;
  public static final String NAME = "name";

  private final SigningKeys signingKeys;
  private final AccountQueries accounts;
  private final String audience;

  public AccessTokenClaims(SigningKeys signingKeys, AccountQueries accounts, String audience) {
    this.signingKeys = signingKeys;
    this.accounts = accounts;
    this.audience = audience;
  }

  @Override
  public void customize(JwtEncodingContext context) {
    context.getJwsHeader().keyId(signingKeys.activeKid());
    if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
      return;
    }
    Account account =
        accountId(context.getPrincipal().getName())
            .flatMap(accounts::findById)
            .filter(Account::enabled)
            .orElseThrow(
                () ->
                    new OAuth2AuthenticationException(
                        new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_GRANT, "The account cannot sign in", null)));
    context.getClaims().claim(NAME, account.displayName());
    if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      // Mutable lists: the claims are also stored as JSON in oauth2_authorization, and Spring
      // Security's allowlisting Jackson modules cannot read List.of()'s classes back.
      List<String> roles =
          account.roles().stream().map(Role::name).sorted().collect(toCollection(ArrayList::new));
      context.getClaims().audience(new ArrayList<>(List.of(audience))).claim(ROLES, roles);
    }
  }

  private static Optional<UUID> accountId(String principalName) {
    try {
      return Optional.of(UUID.fromString(principalName));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

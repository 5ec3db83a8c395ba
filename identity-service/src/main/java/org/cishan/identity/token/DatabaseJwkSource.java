package org.cishan.identity.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;

/**
 * The keys Spring Authorization Server signs with and publishes at {@code /oauth2/jwks} (public
 * halves only there): the active key and the recently retired ones, read from the database on every
 * call so that a rotation by any instance is seen at once.
 */
public class DatabaseJwkSource implements JWKSource<SecurityContext> {

  private final SigningKeys keys;

  public DatabaseJwkSource(SigningKeys keys) {
    this.keys = keys;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) {
    return selector.select(new JWKSet(keys.published()));
  }
}

package org.cishan.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

/** Re-signs a genuine token's header and claims with a key the service never published. */
final class ForeignSigner {

  private ForeignSigner() {}

  static String resign(String token) throws Exception {
    SignedJWT genuine = SignedJWT.parse(token);
    RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreignKey.getKeyID()).build(),
            genuine.getJWTClaimsSet());
    forged.sign(new RSASSASigner(foreignKey));
    return forged.serialize();
  }
}

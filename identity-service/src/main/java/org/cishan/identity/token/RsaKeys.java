package org.cishan.identity.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.cishan.identity.store.StoredSigningKey;

/** Generates RSA signing keys and converts them between their stored form and JWKs. */
public final class RsaKeys {

  static final int KEY_SIZE = 2048;

  private RsaKeys() {}

  static StoredSigningKey generate(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      KeyPair pair = generator.generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      return new StoredSigningKey(
          UUID.randomUUID().toString(),
          base64.encodeToString(pair.getPublic().getEncoded()),
          base64.encodeToString(pair.getPrivate().getEncoded()),
          now,
          null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate an RSA key pair", e);
    }
  }

  public static RSAKey toJwk(StoredSigningKey key) {
    try {
      KeyFactory factory = KeyFactory.getInstance("RSA");
      Base64.Decoder base64 = Base64.getDecoder();
      RSAPublicKey publicKey =
          (RSAPublicKey)
              factory.generatePublic(new X509EncodedKeySpec(base64.decode(key.publicKey())));
      RSAPrivateKey privateKey =
          (RSAPrivateKey)
              factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(key.privateKey())));
      return new RSAKey.Builder(publicKey)
          .privateKey(privateKey)
          .keyID(key.kid())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .issueTime(Date.from(key.createdAt()))
          .build();
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Signing key " + key.kid() + " cannot be read", e);
    }
  }
}

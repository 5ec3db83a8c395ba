package org.cishan.identity.store;

import java.time.Instant;

/**
 * One RSA signing key as stored: X.509 (public) and PKCS#8 (private) DER, Base64-encoded. Active
 * while {@code retiredAt} is null; after retirement it only verifies, for a retention period.
 */
public record StoredSigningKey(
    String kid, String publicKey, String privateKey, Instant createdAt, Instant retiredAt) {

  public boolean active() {
    return retiredAt == null;
  }

  @Override
  public String toString() {
    return "StoredSigningKey[" + kid + ", created " + createdAt + ", retired " + retiredAt + "]";
  }
}

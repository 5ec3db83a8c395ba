package org.cishan.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import org.cishan.identity.store.StoredSigningKey;
import org.junit.jupiter.api.Test;

class RsaKeysTest {

  @Test
  void aStoredKeyReadsBackAsTheSameSigningJwk() throws Exception {
    StoredSigningKey stored = RsaKeys.generate(Instant.parse("2026-11-26T10:00:00Z"));

    RSAKey jwk = RsaKeys.toJwk(stored);

    assertThat(jwk.getKeyID()).isEqualTo(stored.kid());
    assertThat(jwk.isPrivate()).isTrue();
    assertThat(jwk.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    assertThat(jwk.size()).isEqualTo(RsaKeys.KEY_SIZE);
    assertThat(jwk.toPublicJWK().isPrivate()).isFalse();
    assertThat(RsaKeys.generate(Instant.now()).kid()).isNotEqualTo(stored.kid());
  }
}

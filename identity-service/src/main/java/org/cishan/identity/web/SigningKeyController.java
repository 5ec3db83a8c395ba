package org.cishan.identity.web;

import org.cishan.identity.token.SigningKeys;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-demand key rotation (ADMIN): a new key signs from now on; the replaced key keeps verifying for
 * the retention period, so tokens already issued stay valid.
 */
@RestController
public class SigningKeyController {

  private final SigningKeys signingKeys;

  public SigningKeyController(SigningKeys signingKeys) {
    this.signingKeys = signingKeys;
  }

  @PostMapping("/api/identity/keys/rotate")
  public KeyRotationResponse rotate() {
    return KeyRotationResponse.of(signingKeys.rotate());
  }
}

package org.cishan.identity.web;

import org.cishan.identity.token.KeyRotation;

/** {@code POST /api/identity/keys/rotate}: {"activeKid", "retiredKid"}. */
public record KeyRotationResponse(String activeKid, String retiredKid) {

  static KeyRotationResponse of(KeyRotation rotation) {
    return new KeyRotationResponse(rotation.activeKid(), rotation.retiredKid());
  }
}

package org.cishan.identity.command;

import org.cishan.identity.domain.Login;

/** A person registers as a donor (public, self-service). */
public record RegisterDonorCommand(Login login, String displayName, String password) {

  @Override
  public String toString() {
    return "RegisterDonorCommand[login=" + login + ", displayName=" + displayName + "]";
  }
}

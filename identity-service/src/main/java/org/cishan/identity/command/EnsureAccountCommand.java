package org.cishan.identity.command;

import java.util.Set;
import org.cishan.identity.domain.Login;
import org.cishan.identity.domain.Role;

/**
 * The system makes sure an account with this login exists (demo accounts, bootstrap admin); an
 * existing account is left exactly as it is.
 */
public record EnsureAccountCommand(
    Login login, String displayName, Set<Role> roles, String password, String createdBy) {

  public EnsureAccountCommand {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "EnsureAccountCommand[login=" + login + ", roles=" + roles + "]";
  }
}

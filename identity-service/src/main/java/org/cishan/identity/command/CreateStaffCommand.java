package org.cishan.identity.command;

import java.util.Set;
import java.util.UUID;
import org.cishan.identity.domain.Login;
import org.cishan.identity.domain.Role;

/** An administrator ({@code actorId}) creates a staff account with one or several roles. */
public record CreateStaffCommand(
    Login login, String displayName, Set<Role> roles, String initialPassword, UUID actorId) {

  public CreateStaffCommand {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "CreateStaffCommand[login=" + login + ", roles=" + roles + ", actor=" + actorId + "]";
  }
}

package org.cishan.identity.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in. {@code createdBy} is the id of the administrator who created it, or
 * {@code self} / {@code system:…} for self-registration and seeding.
 */
public record Account(
    UUID id,
    Login login,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    Instant createdAt,
    String createdBy) {

  public static final String SELF_REGISTERED = "self";

  public Account {
    roles = Set.copyOf(roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}

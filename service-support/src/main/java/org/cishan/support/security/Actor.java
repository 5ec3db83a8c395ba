package org.cishan.support.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the verified subject ({@code sub}) and roles of the caller's access token, or
 * {@link #ANONYMOUS}. Controllers receive it as a method parameter (resolved from the security
 * context, never from the request body) and pass it on in the commands that record "who".
 */
public record Actor(String id, Set<String> roles) {

  public static final Actor ANONYMOUS = new Actor(null, Set.of());

  public Actor {
    roles = Set.copyOf(roles);
  }

  public static Actor of(String id, Set<String> roles) {
    return new Actor(Objects.requireNonNull(id, "id"), roles);
  }

  public boolean isAnonymous() {
    return id == null;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... candidates) {
    for (String candidate : candidates) {
      if (roles.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** True when this actor is the signed-in account {@code accountId}. */
  public boolean is(String accountId) {
    return id != null && id.equals(accountId);
  }
}

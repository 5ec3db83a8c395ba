package org.cishan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.cishan.identity.domain.Role;

/**
 * {@code POST /api/identity/staff}: {"login", "displayName", "roles": [...], "initialPassword"}.
 */
@AcceptablePassword
public record StaffAccountRequest(
    @NotBlank @ValidLogin String login,
    @NotBlank @Size(max = 100) String displayName,
    @NotEmpty Set<@NotNull Role> roles,
    String initialPassword)
    implements PasswordChoice {

  @Override
  public String chosenPassword() {
    return initialPassword;
  }

  @Override
  public String passwordField() {
    return "initialPassword";
  }

  @Override
  public String toString() {
    return "StaffAccountRequest[login=" + login + ", roles=" + roles + "]";
  }
}

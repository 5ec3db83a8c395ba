package org.cishan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/identity/donors}: {"login", "displayName", "password"}. */
@AcceptablePassword
public record DonorRegistrationRequest(
    @NotBlank @ValidLogin String login,
    @NotBlank @Size(max = 100) String displayName,
    String password)
    implements PasswordChoice {

  @Override
  public String chosenPassword() {
    return password;
  }

  @Override
  public String passwordField() {
    return "password";
  }

  @Override
  public String toString() {
    return "DonorRegistrationRequest[login=" + login + ", displayName=" + displayName + "]";
  }
}

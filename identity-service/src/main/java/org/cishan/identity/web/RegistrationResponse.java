package org.cishan.identity.web;

/**
 * The answer to every well-formed registration, whether the login was free or taken: {@code
 * {"login": "<normalized>", "status": "ACCEPTED", "message": "…"}}.
 */
public record RegistrationResponse(String login, String status, String message) {

  static RegistrationResponse accepted(String login) {
    return new RegistrationResponse(
        login,
        "ACCEPTED",
        "Registration received. Sign in with this login and the password you chose; if the"
            + " login was registered before, sign in with its existing password.");
  }
}

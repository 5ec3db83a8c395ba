package org.cishan.identity.web;

/** A request that sets a password for a login; checked by {@link AcceptablePassword}. */
interface PasswordChoice {

  String login();

  String chosenPassword();

  /** The JSON field that holds the password, for the error message. */
  String passwordField();
}

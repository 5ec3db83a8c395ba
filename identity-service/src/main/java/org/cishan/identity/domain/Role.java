package org.cishan.identity.domain;

/** What an account may do; an account holds one or several. Tokens carry them in {@code roles}. */
public enum Role {
  DONOR,
  FINANCE,
  AUDITOR,
  EDITOR,
  PROJECT_OFFICER,
  ADMIN
}

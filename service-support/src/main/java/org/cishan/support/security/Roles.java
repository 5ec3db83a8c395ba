package org.cishan.support.security;

/**
 * The role names in the {@code roles} claim of Cishan access tokens. Spring Security sees them as
 * authorities {@code ROLE_<name>}, so access rules say {@code hasRole(Roles.FINANCE)}.
 */
public final class Roles {

  /** A self-registered donor: their own donations and profile. */
  public static final String DONOR = "DONOR";

  /** Confirm, allocate, disburse, refund, reconcile. */
  public static final String FINANCE = "FINANCE";

  /** Read everything, change nothing. */
  public static final String AUDITOR = "AUDITOR";

  /** The news centre's content. */
  public static final String EDITOR = "EDITOR";

  /** Projects, visits, rectification, closing materials. */
  public static final String PROJECT_OFFICER = "PROJECT_OFFICER";

  /** Accounts. */
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}

package org.cishan.donation.domain;

/**
 * A money rule of the ledger refuses the command as the ledger stands (e.g. more than the available
 * money, a project that takes no allocations). Names the rule, so an adapter can answer a 409 that
 * says exactly which rule was broken; nothing is stored.
 *
 * @param rule a stable kebab-case name, e.g. {@code insufficient-funds}
 */
public class LedgerConflictException extends RuntimeException {

  private final String rule;

  public LedgerConflictException(String rule, String detail) {
    super(detail);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}

package org.cishan.identity.store;

import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.FailedLogins;

/** An account with what only sign-in may see: its password hash and failed-login state. */
public record StoredAccount(Account account, String passwordHash, FailedLogins failedLogins) {

  @Override
  public String toString() {
    return "StoredAccount[" + account.id() + "]";
  }
}

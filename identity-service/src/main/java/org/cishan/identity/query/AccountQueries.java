package org.cishan.identity.query;

import java.util.Optional;
import java.util.UUID;
import org.cishan.identity.domain.Account;
import org.cishan.identity.store.AccountStore;
import org.springframework.stereotype.Service;

/** Reads accounts for the API and the token customizer. */
@Service
public class AccountQueries {

  private final AccountStore accounts;

  public AccountQueries(AccountStore accounts) {
    this.accounts = accounts;
  }

  public Optional<Account> findById(UUID id) {
    return accounts.findById(id);
  }
}

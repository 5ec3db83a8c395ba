package org.cishan.identity.command;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.Login;
import org.cishan.identity.domain.Role;
import org.cishan.identity.store.AccountStore;
import org.cishan.identity.store.AuthorizationStore;
import org.cishan.support.web.ConflictException;
import org.cishan.support.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and disables accounts. Passwords arrive validated and leave only as hashes. */
@Service
public class AccountCommandHandler {

  private static final Logger log = LoggerFactory.getLogger(AccountCommandHandler.class);

  private final AccountStore accounts;
  private final AuthorizationStore authorizations;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  public AccountCommandHandler(
      AccountStore accounts,
      AuthorizationStore authorizations,
      PasswordEncoder passwordEncoder,
      Clock clock) {
    this.accounts = accounts;
    this.authorizations = authorizations;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  /**
   * Registers the donor unless the login is taken, and tells the caller neither way: the password
   * is hashed in both cases so that even the response time does not differ.
   */
  @Transactional
  public void handle(RegisterDonorCommand command) {
    String hash = passwordEncoder.encode(command.password());
    Account account =
        newAccount(
            command.login(), command.displayName(), Set.of(Role.DONOR), Account.SELF_REGISTERED);
    if (accounts.insertIfAbsent(account, hash)) {
      log.info("Donor account {} registered", account.id());
    } else {
      log.info("Donor registration for an existing login ignored");
    }
  }

  @Transactional
  public Account handle(CreateStaffCommand command) {
    Account account =
        newAccount(
            command.login(), command.displayName(), command.roles(), command.actorId().toString());
    if (!accounts.insertIfAbsent(account, passwordEncoder.encode(command.initialPassword()))) {
      throw new ConflictException("An account with login " + command.login() + " already exists");
    }
    log.info(
        "Account {} with roles {} created by {}",
        account.id(),
        account.roles(),
        account.createdBy());
    return account;
  }

  /**
   * Disables the account and deletes its authorizations at once, so no refresh token or pending
   * authorization code of it can be redeemed; access tokens already issued expire within minutes.
   */
  @Transactional
  public Account handle(DisableAccountCommand command) {
    UUID id = command.accountId();
    if (id.equals(command.actorId())) {
      throw new ConflictException("An administrator cannot disable their own account");
    }
    if (!accounts.disable(id)) {
      throw new NotFoundException("Account", id);
    }
    int revoked = authorizations.revokeAllOf(id.toString());
    log.info(
        "Account {} disabled by {}; {} authorization(s) revoked", id, command.actorId(), revoked);
    return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
  }

  /** True when the account was created, false when its login existed already. */
  @Transactional
  public boolean handle(EnsureAccountCommand command) {
    if (accounts.exists(command.login())) {
      return false;
    }
    Account account =
        newAccount(command.login(), command.displayName(), command.roles(), command.createdBy());
    return accounts.insertIfAbsent(account, passwordEncoder.encode(command.password()));
  }

  private Account newAccount(Login login, String displayName, Set<Role> roles, String createdBy) {
    return new Account(
        UUID.randomUUID(), login, displayName.strip(), roles, true, clock.instant(), createdBy);
  }
}

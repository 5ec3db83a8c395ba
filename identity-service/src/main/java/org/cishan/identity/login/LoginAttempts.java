package org.cishan.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.FailedLogins;
import org.cishan.identity.domain.LockoutPolicy;
import org.cishan.identity.domain.Login;
import org.cishan.identity.store.AccountStore;
import org.cishan.identity.store.StoredAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks one sign-in attempt. Unknown login, wrong password, locked and disabled account all end
 * the same way (empty) after the same amount of work (one password hash comparison) and the same
 * lockout bookkeeping; only the log tells them apart. The account row stays locked while its
 * attempt is checked, so parallel guesses cannot outrun the failure count.
 */
public class LoginAttempts {

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

  private record Attempt(Account account, Duration delay) {}

  private final AccountStore accounts;
  private final PasswordEncoder passwordEncoder;
  private final LockoutPolicy policy;
  private final LoginPacer pacer;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final UnknownLoginFailures unknownLogins;
  private final String decoyHash;

  public LoginAttempts(
      AccountStore accounts,
      PasswordEncoder passwordEncoder,
      LockoutPolicy policy,
      LoginPacer pacer,
      Clock clock,
      TransactionTemplate transactions) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.policy = policy;
    this.pacer = pacer;
    this.clock = clock;
    this.transactions = transactions;
    this.unknownLogins = new UnknownLoginFailures(policy);
    this.decoyHash = passwordEncoder.encode("decoy password for unknown logins");
  }

  /** The account when the attempt succeeds; empty (after the policy's delay) when it fails. */
  public Optional<Account> authenticate(String rawLogin, String password) {
    Instant now = clock.instant();
    String login = Login.parse(rawLogin).map(Login::value).orElseGet(() -> loose(rawLogin));
    Attempt attempt = transactions.execute(status -> attempt(login, password, now));
    if (attempt.account() != null) {
      return Optional.of(attempt.account());
    }
    pacer.pause(attempt.delay());
    return Optional.empty();
  }

  private Attempt attempt(String login, String password, Instant now) {
    Optional<StoredAccount> found = accounts.findByLoginForUpdate(login);
    if (found.isEmpty()) {
      passwordEncoder.matches(password, decoyHash);
      log.info("Sign-in failed: no such account");
      return new Attempt(null, unknownLogins.recordFailure(login, now));
    }
    StoredAccount stored = found.get();
    Account account = stored.account();
    boolean passwordMatches = passwordEncoder.matches(password, stored.passwordHash());
    if (passwordMatches && account.enabled() && !policy.isLocked(stored.failedLogins(), now)) {
      succeeded(stored, password);
      return new Attempt(account, Duration.ZERO);
    }
    LockoutPolicy.Failure failure = policy.failure(stored.failedLogins(), now);
    accounts.saveFailedLogins(account.id(), failure.next());
    log.info(
        "Sign-in to account {} failed ({}); failed count {}, locked until {}",
        account.id(),
        reason(account.enabled(), policy.isLocked(stored.failedLogins(), now)),
        failure.next().count(),
        failure.next().lockedUntil());
    return new Attempt(null, failure.delay());
  }

  private void succeeded(StoredAccount stored, String password) {
    if (stored.failedLogins().count() > 0 || stored.failedLogins().lockedUntil() != null) {
      accounts.saveFailedLogins(stored.account().id(), FailedLogins.NONE);
    }
    if (passwordEncoder.upgradeEncoding(stored.passwordHash())) {
      accounts.savePasswordHash(stored.account().id(), passwordEncoder.encode(password));
    }
  }

  private static String reason(boolean enabled, boolean locked) {
    return locked ? "locked" : enabled ? "wrong password" : "disabled";
  }

  private static String loose(String rawLogin) {
    String text = rawLogin == null ? "" : rawLogin.strip().toLowerCase(Locale.ROOT);
    return text.length() > Login.MAX_LENGTH ? text.substring(0, Login.MAX_LENGTH) : text;
  }
}

package org.cishan.identity.config;

import java.util.Locale;
import java.util.Set;
import org.cishan.identity.command.AccountCommandHandler;
import org.cishan.identity.command.EnsureAccountCommand;
import org.cishan.identity.domain.Login;
import org.cishan.identity.domain.PasswordRules;
import org.cishan.identity.domain.Role;
import org.cishan.identity.token.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup: make sure a signing key is active; create the bootstrap admin if configured; and,
 * when {@code cishan.identity.demo-accounts} is true (local run only), one demo account per role:
 * {@code <role>@demo.cishan.org} / {@code demo-<role>-pass}, e.g. {@code
 * project-officer@demo.cishan.org} / {@code demo-project-officer-pass}. Idempotent.
 */
@Component
class AccountSeeding implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AccountSeeding.class);

  private final AccountCommandHandler commands;
  private final SigningKeys signingKeys;
  private final IdentityProperties properties;

  AccountSeeding(
      AccountCommandHandler commands, SigningKeys signingKeys, IdentityProperties properties) {
    this.commands = commands;
    this.signingKeys = signingKeys;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    log.info("Signing key {} is active", signingKeys.ensureActiveKey().kid());
    IdentityProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
    if (admin.enabled()) {
      Login login =
          Login.parse(admin.login())
              .orElseThrow(() -> new IllegalStateException("bootstrap-admin.login is invalid"));
      if (!PasswordRules.violations(admin.password(), admin.login()).isEmpty()) {
        throw new IllegalStateException("bootstrap-admin.password breaks the password rules");
      }
      ensure(login, "Administrator", Role.ADMIN, admin.password(), "system:bootstrap");
    }
    if (properties.demoAccounts()) {
      log.warn("Demo accounts with published passwords are enabled: never do this in production");
      for (Role role : Role.values()) {
        String name = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Login login = Login.parse(name + "@demo.cishan.org").orElseThrow();
        ensure(login, "Demo " + name, role, "demo-" + name + "-pass", "system:demo");
      }
    }
  }

  private void ensure(Login login, String displayName, Role role, String password, String by) {
    if (commands.handle(new EnsureAccountCommand(login, displayName, Set.of(role), password, by))) {
      log.info("Account {} ({}) created", login, role);
    }
  }
}

package org.cishan.identity.config;

import java.time.Clock;
import java.util.Map;
import org.cishan.identity.domain.LockoutPolicy;
import org.cishan.identity.login.AccountAuthenticationProvider;
import org.cishan.identity.login.LoginAttempts;
import org.cishan.identity.login.LoginPacer;
import org.cishan.identity.store.AccountStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Time, password hashing and the sign-in policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
@EnableScheduling
class IdentityConfig {

  /** The clock of every time decision (lockout, key rotation); tests replace it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Spring Security's DelegatingPasswordEncoder, new hashes as {@code {bcrypt}} at the configured
   * strength (at least 10, default 12). A hash of another id or a lower strength is rehashed at the
   * next successful sign-in. (Argon2 would need BouncyCastle, whose version the root POM does not
   * manage.)
   */
  @Bean
  PasswordEncoder passwordEncoder(IdentityProperties properties) {
    int strength = properties.passwordHashStrength();
    if (strength < 10 || strength > 16) {
      throw new IllegalStateException(
          "cishan.identity.password-hash-strength must be 10..16, is " + strength);
    }
    return new DelegatingPasswordEncoder(
        "bcrypt",
        Map.of(
            "bcrypt",
            new BCryptPasswordEncoder(strength),
            "pbkdf2@SpringSecurity_v5_8",
            Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }

  @Bean
  LockoutPolicy lockoutPolicy(IdentityProperties properties) {
    IdentityProperties.Lockout lockout = properties.lockout();
    return new LockoutPolicy(
        lockout.maxFailures(), lockout.lockDuration(), lockout.baseDelay(), lockout.maxDelay());
  }

  @Bean
  LoginPacer loginPacer() {
    return LoginPacer.sleeping();
  }

  @Bean
  LoginAttempts loginAttempts(
      AccountStore accounts,
      PasswordEncoder passwordEncoder,
      LockoutPolicy policy,
      LoginPacer pacer,
      Clock clock,
      TransactionTemplate transactions) {
    return new LoginAttempts(accounts, passwordEncoder, policy, pacer, clock, transactions);
  }

  @Bean
  AccountAuthenticationProvider accountAuthenticationProvider(LoginAttempts attempts) {
    return new AccountAuthenticationProvider(attempts);
  }
}

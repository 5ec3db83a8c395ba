package org.cishan.identity.login;

import java.util.List;
import org.cishan.identity.domain.Account;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The login form's authentication: one generic error for every failure. The authenticated principal
 * is a plain {@link User} named by the account id, so Spring Authorization Server puts the id into
 * {@code sub} and can store the authentication as JSON in its authorization table.
 */
public class AccountAuthenticationProvider implements AuthenticationProvider {

  /**
   * The one message of every failed sign-in (Spring Security's generated login page shows its own
   * fixed "Invalid credentials" instead; a custom page would show this).
   */
  public static final String SIGN_IN_FAILED =
      "Sign-in failed: check the login and the password, or try again later.";

  private final LoginAttempts attempts;

  public AccountAuthenticationProvider(LoginAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    Account account =
        attempts
            .authenticate(authentication.getName(), password)
            .orElseThrow(() -> new BadCredentialsException(SIGN_IN_FAILED));
    List<SimpleGrantedAuthority> authorities =
        account.roles().stream()
            .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
            .toList();
    User principal = new User(account.id().toString(), "", authorities);
    UsernamePasswordAuthenticationToken result =
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    result.setDetails(authentication.getDetails());
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

package org.cishan.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.Role;

/** An account as administrators see it. */
public record AccountResponse(
    UUID id,
    String login,
    String displayName,
    List<String> roles,
    boolean enabled,
    Instant createdAt,
    String createdBy) {

  static AccountResponse of(Account account) {
    return new AccountResponse(
        account.id(),
        account.login().value(),
        account.displayName(),
        account.roles().stream().map(Role::name).sorted().toList(),
        account.enabled(),
        account.createdAt(),
        account.createdBy());
  }
}

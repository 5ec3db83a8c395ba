package org.cishan.identity.web;

import java.util.List;
import java.util.UUID;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.Role;

/** {@code GET /api/identity/me}: {"id", "login", "displayName", "roles": [...]}. */
public record MeResponse(UUID id, String login, String displayName, List<String> roles) {

  static MeResponse of(Account account) {
    return new MeResponse(
        account.id(),
        account.login().value(),
        account.displayName(),
        account.roles().stream().map(Role::name).sorted().toList());
  }
}

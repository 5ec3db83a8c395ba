package org.cishan.identity.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.cishan.identity.command.AccountCommandHandler;
import org.cishan.identity.command.CreateStaffCommand;
import org.cishan.identity.command.DisableAccountCommand;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.Login;
import org.cishan.identity.query.AccountQueries;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts, administered by ADMINs (the rule lives in the security configuration). */
@RestController
public class AccountAdminController {

  private final AccountCommandHandler commands;
  private final AccountQueries queries;

  public AccountAdminController(AccountCommandHandler commands, AccountQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping("/api/identity/staff")
  public ResponseEntity<AccountResponse> createStaff(
      @Valid @RequestBody StaffAccountRequest request, Actor admin) {
    Account account =
        commands.handle(
            new CreateStaffCommand(
                Login.parse(request.login()).orElseThrow(),
                request.displayName(),
                request.roles(),
                request.initialPassword(),
                UUID.fromString(admin.id())));
    return ResponseEntity.created(URI.create("/api/identity/accounts/" + account.id()))
        .body(AccountResponse.of(account));
  }

  @GetMapping("/api/identity/accounts/{id}")
  public AccountResponse account(@PathVariable UUID id) {
    return queries.findById(id).map(AccountResponse::of).orElseThrow(() -> notFound(id));
  }

  @PostMapping("/api/identity/accounts/{id}/disable")
  public AccountResponse disable(@PathVariable UUID id, Actor admin) {
    return AccountResponse.of(
        commands.handle(new DisableAccountCommand(id, UUID.fromString(admin.id()))));
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("Account", id);
  }
}

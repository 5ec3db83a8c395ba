package org.cishan.identity.web;

import java.util.UUID;
import org.cishan.identity.query.AccountQueries;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account, identified by the token's {@code sub}. */
@RestController
public class MeController {

  private final AccountQueries queries;

  public MeController(AccountQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/identity/me")
  public MeResponse me(Actor actor) {
    UUID id = UUID.fromString(actor.id());
    return queries
        .findById(id)
        .map(MeResponse::of)
        .orElseThrow(() -> new NotFoundException("Account", id));
  }
}

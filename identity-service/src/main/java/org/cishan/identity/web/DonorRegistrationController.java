package org.cishan.identity.web;

import jakarta.validation.Valid;
import org.cishan.identity.command.AccountCommandHandler;
import org.cishan.identity.command.RegisterDonorCommand;
import org.cishan.identity.domain.Login;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-registration of donors (public). Answers 202 with the same body whether the login was free
 * (account created) or already registered (nothing changed), so the endpoint cannot be used to find
 * out which logins exist.
 */
@RestController
public class DonorRegistrationController {

  private final AccountCommandHandler commands;

  public DonorRegistrationController(AccountCommandHandler commands) {
    this.commands = commands;
  }

  @PostMapping("/api/identity/donors")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public RegistrationResponse register(@Valid @RequestBody DonorRegistrationRequest request) {
    Login login = Login.parse(request.login()).orElseThrow();
    commands.handle(new RegisterDonorCommand(login, request.displayName(), request.password()));
    return RegistrationResponse.accepted(login.value());
  }
}

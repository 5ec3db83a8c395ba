package org.cishan.donation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.domain.Money;
import org.cishan.donation.domain.RuleViolationException;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;

/** The body of {@code POST /api/donations}; {@code projectId} absent or null = unrestricted. */
public record ReceiveDonationRequest(
    @NotNull UUID donationId,
    @NotBlank @Size(max = 100) String donorName,
    @NotNull @Valid MoneyRequest amount,
    UUID projectId) {

  /**
   * The command, with "who" from the verified token: a signed-in donor gives from their account;
   * any signed-in account is recorded as the one who entered the gift.
   */
  ReceiveDonationCommand toCommand(Actor actor) {
    String donorAccount = actor.hasRole(Roles.DONOR) ? actor.id() : null;
    return new ReceiveDonationCommand(
        donationId, donorName, money(), projectId, donorAccount, actor.id());
  }

  private Money money() {
    try {
      return Money.of(amount.minorUnits(), amount.currency());
    } catch (RuleViolationException e) {
      throw e.within("amount");
    }
  }
}

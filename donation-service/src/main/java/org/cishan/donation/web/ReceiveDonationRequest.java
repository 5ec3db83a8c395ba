package org.cishan.donation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.domain.Channel;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The body of {@code POST /api/donations}. {@code projectId} absent or null = unrestricted; {@code
 * channel} absent = {@code ONLINE_PAYMENT}; {@code effectiveAt} absent = when the ledger records
 * it. Offline channels and backdating are for finance only.
 */
public record ReceiveDonationRequest(
    @NotNull UUID donationId,
    @NotBlank @Size(max = 100) String donorName,
    @NotNull @Valid MoneyRequest amount,
    UUID projectId,
    @Pattern(
            regexp = "ONLINE_PAYMENT|BANK_TRANSFER|CASH|OTHER",
            message = "must be ONLINE_PAYMENT, BANK_TRANSFER, CASH or OTHER")
        String channel,
    @Size(max = 100) String paymentReference,
    Boolean anonymous,
    @Pattern(regexp = "[0-9A-Za-z]{6,30}", message = "must be 6 to 30 letters and digits")
        String donorIdNumber,
    @Size(max = 500) String message,
    Instant effectiveAt) {

  /**
   * The command, with "who" from the verified token: a signed-in donor gives from their account;
   * any signed-in account is recorded as the one who entered the gift.
   *
   * @throws AccessDeniedException when someone other than finance records offline money or sets the
   *     effective time
   */
  ReceiveDonationCommand toCommand(Actor actor) {
    Channel how = channel == null ? Channel.ONLINE_PAYMENT : Channel.valueOf(channel);
    if ((how.recordedByFinanceOnly() || effectiveAt != null) && !actor.hasRole(Roles.FINANCE)) {
      throw new AccessDeniedException(
          "Only finance records offline money (channel " + how + ") or sets effectiveAt");
    }
    String donorAccount = actor.hasRole(Roles.DONOR) ? actor.id() : null;
    return new ReceiveDonationCommand(
        donationId,
        donorName,
        amount.toMoney("amount"),
        projectId,
        donorAccount,
        actor.id(),
        how,
        paymentReference,
        Boolean.TRUE.equals(anonymous),
        donorIdNumber,
        message,
        effectiveAt);
  }
}

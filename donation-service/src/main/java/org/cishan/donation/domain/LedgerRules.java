package org.cishan.donation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.cishan.donation.command.ReceiveDonationCommand;

/** The value rules of the ledger's commands: what a request must hold before anything happens. */
final class LedgerRules {

  static final int DONOR_NAME_MAX_LENGTH = 100;
  static final int PAYMENT_REFERENCE_MAX_LENGTH = 100;
  static final int MESSAGE_MAX_LENGTH = 500;
  static final int REASON_MAX_LENGTH = 500;

  /** ¥100,000,000 in fen: a single gift above this is a typing error, not a donation. */
  static final long MAX_MINOR_UNITS = 10_000_000_000L;

  /** Clocks differ a little; an effective time further ahead than this is refused. */
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{6,30}");

  private LedgerRules() {}

  static void requirePositive(String field, Money amount) {
    if (amount == null) {
      throw new RuleViolationException(field, "must not be null");
    }
    if (amount.minorUnits() <= 0) {
      throw new RuleViolationException(field + ".minorUnits", "must be greater than 0");
    }
  }

  static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "must not be blank");
    }
    requireAtMost("reason", reason, REASON_MAX_LENGTH);
  }

  static void requireValid(ReceiveDonationCommand command, Instant now) {
    if (command.donationId() == null) {
      throw new RuleViolationException("donationId", "must not be null");
    }
    requireValidDonor(command.donorName(), command.donorIdNumber());
    requireValidAmount(command.amount());
    if (command.channel() == null) {
      throw new RuleViolationException("channel", "must not be null");
    }
    requireAtMost("paymentReference", command.paymentReference(), PAYMENT_REFERENCE_MAX_LENGTH);
    requireAtMost("message", command.message(), MESSAGE_MAX_LENGTH);
    if (command.effectiveAt() != null && command.effectiveAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
      throw new RuleViolationException("effectiveAt", "must not be in the future");
    }
  }

  private static void requireValidDonor(String donorName, String idNumber) {
    if (donorName == null || donorName.isBlank()) {
      throw new RuleViolationException("donorName", "must not be blank");
    }
    requireAtMost("donorName", donorName, DONOR_NAME_MAX_LENGTH);
    if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
      throw new RuleViolationException(
          "donorIdNumber", "must be 6 to 30 letters and digits (ID card or credit code)");
    }
  }

  private static void requireValidAmount(Money amount) {
    if (amount == null) {
      throw new RuleViolationException("amount", "must not be null");
    }
    if (amount.minorUnits() <= 0) {
      throw new RuleViolationException("amount.minorUnits", "must be greater than 0");
    }
    if (amount.minorUnits() > MAX_MINOR_UNITS) {
      throw new RuleViolationException(
          "amount.minorUnits", "must be at most " + MAX_MINOR_UNITS + " for one donation");
    }
  }

  static void requireAtMost(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new RuleViolationException(field, "must be at most " + maxLength + " characters long");
    }
  }
}

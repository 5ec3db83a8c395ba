package org.cishan.donation.receipt;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of receipt numbers: per year a counter and the number each donation got. Written
 * only by {@link ReceiptIssuing}, in the transaction of its processor's token; never rebuilt.
 */
@Repository
public class ReceiptRegister {

  private final JdbcClient jdbc;

  public ReceiptRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The number already given to {@code donationId}, if any. */
  Optional<String> numberOf(UUID donationId) {
    return jdbc.sql("select receipt_number from receipt_register where donation_id = :donationId")
        .param("donationId", donationId)
        .query(String.class)
        .optional();
  }

  /**
   * Takes the next number of {@code issuedOn}'s year for {@code donationId}. The counter row stays
   * locked until the transaction ends, and a rollback gives the number back: no gaps.
   */
  String register(UUID donationId, LocalDate issuedOn) {
    int year = issuedOn.getYear();
    long number =
        jdbc.sql(
                """
                insert into receipt_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = receipt_counter.last_number + 1
                returning last_number
                """)
            .param("year", year)
            .query(Long.class)
            .single();
    String receiptNumber = format(year, number);
    jdbc.sql(
            """
            insert into receipt_register (donation_id, year, number, receipt_number, issued_on)
            values (:donationId, :year, :number, :receiptNumber, :issuedOn)
            """)
        .param("donationId", donationId)
        .param("year", year)
        .param("number", number)
        .param("receiptNumber", receiptNumber)
        .param("issuedOn", issuedOn)
        .update();
    return receiptNumber;
  }

  /** {@code 2026-00000042}. */
  static String format(int year, long number) {
    return "%04d-%08d".formatted(year, number);
  }
}

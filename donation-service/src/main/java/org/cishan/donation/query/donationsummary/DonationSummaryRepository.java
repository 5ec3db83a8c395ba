package org.cishan.donation.query.donationsummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code donation_summary} table: one row per donation, written once. */
@Repository
public class DonationSummaryRepository {

  private final JdbcClient jdbc;

  public DonationSummaryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Idempotent: a redelivered event finds its row and changes nothing. */
  void insert(DonationSummaryView summary) {
    jdbc.sql(
            """
            insert into donation_summary
                   (donation_id, donor_name, minor_units, currency, project_id, received_at,
                    donor_account_id, recorded_by, channel, payment_reference, anonymous,
                    donor_id_number, message, effective_at, status, confirm_by, restricted_to)
            values (:donationId, :donorName, :minorUnits, :currency, :projectId, :receivedAt,
                    :donorAccountId, :recordedBy, :channel, :paymentReference, :anonymous,
                    :donorIdNumber, :message, :effectiveAt, :status, :confirmBy, :projectId)
            on conflict (donation_id) do nothing
            """)
        .param("donationId", summary.donationId())
        .param("donorName", summary.donorName())
        .param("minorUnits", summary.minorUnits())
        .param("currency", summary.currency())
        .param("projectId", summary.projectId())
        .param("receivedAt", Timestamp.from(summary.receivedAt()))
        .param("donorAccountId", summary.donorAccountId())
        .param("recordedBy", summary.recordedBy())
        .param("channel", summary.channel())
        .param("paymentReference", summary.paymentReference())
        .param("anonymous", summary.anonymous())
        .param("donorIdNumber", summary.donorIdNumber())
        .param("message", summary.message())
        .param("effectiveAt", Timestamp.from(summary.effectiveAt()))
        .param("status", summary.status())
        .param(
            "confirmBy", summary.confirmBy() == null ? null : Timestamp.from(summary.confirmBy()))
        .update();
  }

  /** Sets the status; a redelivered event sets the same status again. */
  void setStatus(UUID donationId, String status, String voidReason) {
    jdbc.sql(
            "update donation_summary set status = :status, void_reason = :reason"
                + " where donation_id = :donationId")
        .param("status", status)
        .param("reason", voidReason)
        .param("donationId", donationId)
        .update();
  }

  /**
   * Adds to a donation's drawn and refunded money (negative to give back). Not idempotent by
   * itself: safe because it commits with the processor's token.
   */
  void addToBalance(UUID donationId, long drawn, long refunded) {
    jdbc.sql(
            """
            update donation_summary
               set drawn_minor_units = drawn_minor_units + :drawn,
                   refunded_minor_units = refunded_minor_units + :refunded
             where donation_id = :donationId
            """)
        .param("drawn", drawn)
        .param("refunded", refunded)
        .param("donationId", donationId)
        .update();
  }

  void releaseRestriction(UUID donationId) {
    jdbc.sql("update donation_summary set restricted_to = null where donation_id = :donationId")
        .param("donationId", donationId)
        .update();
  }

  void setReceipt(UUID donationId, DonationSummaryView.Receipt receipt) {
    jdbc.sql(
            """
            update donation_summary
               set receipt_number = :number, receipt_issued_on = :issuedOn, receipt_issuer = :issuer
             where donation_id = :donationId
            """)
        .param("number", receipt.receiptNumber())
        .param("issuedOn", receipt.issuedOn())
        .param("issuer", receipt.issuer())
        .param("donationId", donationId)
        .update();
  }

  /** Allocation candidates in policy order (see {@code domain.AllocationCandidates}). */
  List<UUID> candidates(UUID projectId, String currency, int offset, int limit) {
    return jdbc.sql(
            """
            select donation_id from donation_summary
             where available_minor_units > 0 and currency = :currency
               and (restricted_to = :project or restricted_to is null)
             order by restricted_to is null, effective_at, donation_id
             limit :limit offset :offset
            """)
        .param("currency", currency)
        .param("project", projectId)
        .param("limit", limit)
        .param("offset", offset)
        .query(UUID.class)
        .list();
  }

  /** What the allocation candidates hold together (the same rows as {@link #candidates}). */
  long candidatesAvailable(UUID projectId, String currency) {
    return jdbc.sql(
            """
            select coalesce(sum(available_minor_units), 0) from donation_summary
             where available_minor_units > 0 and currency = :currency
               and (restricted_to = :project or restricted_to is null)
            """)
        .param("currency", currency)
        .param("project", projectId)
        .query(Long.class)
        .single();
  }

  /** The unallocated pool: available confirmed money per currency and restriction. */
  List<PoolView.Part> pool() {
    return jdbc.sql(
            """
            select currency, restricted_to, count(*) as donations,
                   sum(available_minor_units) as available
              from donation_summary where available_minor_units > 0
             group by currency, restricted_to
             order by currency, restricted_to nulls first
            """)
        .query(
            (row, n) ->
                new PoolView.Part(
                    row.getString("currency"),
                    row.getObject("restricted_to", UUID.class),
                    row.getLong("donations"),
                    row.getLong("available")))
        .list();
  }

  void clear() {
    jdbc.sql("delete from donation_summary").update();
  }

  Optional<DonationSummaryView> find(UUID donationId) {
    return jdbc.sql("select * from donation_summary where donation_id = :donationId")
        .param("donationId", donationId)
        .query(DonationSummaryRepository::map)
        .optional();
  }

  DonationSummaryPage pageOfDonor(String donorAccountId, int page, int size) {
    List<DonationSummaryView> items =
        jdbc.sql(
                """
                select * from donation_summary where donor_account_id = :donor
                 order by received_at desc, donation_id
                 limit :size offset :offset
                """)
            .param("donor", donorAccountId)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(DonationSummaryRepository::map)
            .list();
    long total =
        jdbc.sql("select count(*) from donation_summary where donor_account_id = :donor")
            .param("donor", donorAccountId)
            .query(Long.class)
            .single();
    return new DonationSummaryPage(items, total);
  }

  /** Pending donations, the nearest deadline first. */
  DonationSummaryPage pending(int page, int size) {
    List<DonationSummaryView> items =
        jdbc.sql(
                """
                select * from donation_summary where status = 'PENDING'
                 order by confirm_by nulls last, donation_id
                 limit :size offset :offset
                """)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(DonationSummaryRepository::map)
            .list();
    long total =
        jdbc.sql("select count(*) from donation_summary where status = 'PENDING'")
            .query(Long.class)
            .single();
    return new DonationSummaryPage(items, total);
  }

  /** Up to {@code limit} pending donations whose deadline is before {@code now}. */
  public List<UUID> overdue(Instant now, int limit) {
    return jdbc.sql(
            """
            select donation_id from donation_summary
             where status = 'PENDING' and confirm_by < :now
             order by confirm_by limit :limit
            """)
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  private static DonationSummaryView map(ResultSet row, int n) throws SQLException {
    return new DonationSummaryView(
        row.getObject("donation_id", UUID.class),
        row.getString("donor_name"),
        row.getLong("minor_units"),
        row.getString("currency"),
        row.getObject("project_id", UUID.class),
        row.getTimestamp("received_at").toInstant(),
        row.getString("donor_account_id"),
        row.getString("recorded_by"),
        row.getString("channel"),
        row.getString("payment_reference"),
        row.getBoolean("anonymous"),
        row.getString("donor_id_number"),
        row.getString("message"),
        row.getTimestamp("effective_at").toInstant(),
        row.getString("status"),
        row.getTimestamp("confirm_by") == null ? null : row.getTimestamp("confirm_by").toInstant(),
        new DonationSummaryView.Balance(
            row.getObject("restricted_to", UUID.class),
            row.getLong("drawn_minor_units"),
            row.getLong("refunded_minor_units"),
            row.getLong("available_minor_units")),
        row.getString("receipt_number") == null
            ? null
            : new DonationSummaryView.Receipt(
                row.getString("receipt_number"),
                row.getObject("receipt_issued_on", LocalDate.class),
                row.getString("receipt_issuer")));
  }
}

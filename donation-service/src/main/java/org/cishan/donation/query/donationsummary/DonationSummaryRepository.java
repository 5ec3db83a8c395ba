package org.cishan.donation.query.donationsummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
                    donor_id_number, message, effective_at, status, confirm_by)
            values (:donationId, :donorName, :minorUnits, :currency, :projectId, :receivedAt,
                    :donorAccountId, :recordedBy, :channel, :paymentReference, :anonymous,
                    :donorIdNumber, :message, :effectiveAt, :status, :confirmBy)
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
        row.getTimestamp("confirm_by") == null ? null : row.getTimestamp("confirm_by").toInstant());
  }
}

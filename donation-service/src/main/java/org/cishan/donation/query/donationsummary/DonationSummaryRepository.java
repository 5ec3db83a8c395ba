package org.cishan.donation.query.donationsummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
                   (donation_id, donor_name, minor_units, currency, project_id, received_at)
            values (:donationId, :donorName, :minorUnits, :currency, :projectId, :receivedAt)
            on conflict (donation_id) do nothing
            """)
        .param("donationId", summary.donationId())
        .param("donorName", summary.donorName())
        .param("minorUnits", summary.minorUnits())
        .param("currency", summary.currency())
        .param("projectId", summary.projectId())
        .param("receivedAt", Timestamp.from(summary.receivedAt()))
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

  private static DonationSummaryView map(ResultSet row, int n) throws SQLException {
    return new DonationSummaryView(
        row.getObject("donation_id", UUID.class),
        row.getString("donor_name"),
        row.getLong("minor_units"),
        row.getString("currency"),
        row.getObject("project_id", UUID.class),
        row.getTimestamp("received_at").toInstant());
  }
}

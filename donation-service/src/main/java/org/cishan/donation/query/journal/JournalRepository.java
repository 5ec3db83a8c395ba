package org.cishan.donation.query.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.cishan.donation.domain.Draw;
import org.cishan.donation.query.journal.DonationTrailView.Step;
import org.cishan.donation.query.journal.JournalEntryView.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code journal_entry} and {@code donation_trail} tables; inserts are idempotent. */
@Repository
public class JournalRepository {

  private final JdbcClient jdbc;
  private final ZoneId zone;

  public JournalRepository(
      JdbcClient jdbc, @Value("${cishan.ledger.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  void insert(JournalEntryView entry) {
    jdbc.sql(
            """
            insert into journal_entry
                   (event_id, recorded_at, effective_at, kind, donation_id, project_id,
                    reference_id, minor_units, currency, actor, detail)
            values (:eventId, :recordedAt, :effectiveAt, :kind, :donationId, :projectId,
                    :referenceId, :minorUnits, :currency, :actor, :detail)
            on conflict (event_id) do nothing
            """)
        .param("eventId", entry.eventId())
        .param("recordedAt", Timestamp.from(entry.recordedAt()))
        .param("effectiveAt", Timestamp.from(entry.effectiveAt()))
        .param("kind", entry.kind().name())
        .param("donationId", entry.donationId())
        .param("projectId", entry.projectId())
        .param("referenceId", entry.referenceId())
        .param("minorUnits", entry.minorUnits())
        .param("currency", entry.currency())
        .param("actor", entry.actor())
        .param("detail", entry.detail())
        .update();
  }

  void insertTrail(JournalEntryView entry, List<Draw> draws) {
    insertTrail(entry, draws, null, null);
  }

  void insertTrail(JournalEntryView entry, List<Draw> draws, String partner, String voucher) {
    for (int position = 0; position < draws.size(); position++) {
      Draw draw = draws.get(position);
      jdbc.sql(
              """
              insert into donation_trail
                     (event_id, position, donation_id, recorded_at, kind, project_id,
                      reference_id, minor_units, currency, partner, voucher_reference)
              values (:eventId, :position, :donationId, :recordedAt, :kind, :projectId,
                      :referenceId, :minorUnits, :currency, :partner, :voucher)
              on conflict (event_id, position) do nothing
              """)
          .param("eventId", entry.eventId())
          .param("position", position)
          .param("donationId", draw.donationId())
          .param("recordedAt", Timestamp.from(entry.recordedAt()))
          .param("kind", entry.kind().name())
          .param("projectId", entry.projectId())
          .param("referenceId", entry.referenceId())
          .param("minorUnits", draw.minorUnits())
          .param("currency", entry.currency())
          .param("partner", partner)
          .param("voucher", voucher)
          .update();
    }
  }

  void clear() {
    jdbc.sql("delete from donation_trail").update();
    jdbc.sql("delete from journal_entry").update();
  }

  JournalPage day(FindJournalQuery query) {
    String column = query.byEffectiveDate() ? "effective_at" : "recorded_at";
    Timestamp from = Timestamp.from(query.day().atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(query.day().plusDays(1).atStartOfDay(zone).toInstant());
    String where = " where " + column + " >= :from and " + column + " < :to";
    List<JournalEntryView> items =
        jdbc.sql(
                "select * from journal_entry"
                    + where
                    + " order by "
                    + column
                    + ", event_id limit :size offset :offset")
            .param("from", from)
            .param("to", to)
            .param("size", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(JournalRepository::entry)
            .list();
    long total =
        jdbc.sql("select count(*) from journal_entry" + where)
            .param("from", from)
            .param("to", to)
            .query(Long.class)
            .single();
    return new JournalPage(items, total);
  }

  List<Step> trailOf(UUID donationId) {
    return jdbc.sql(
            """
            select * from donation_trail where donation_id = :donationId
             order by recorded_at, event_id, position
            """)
        .param("donationId", donationId)
        .query(
            (row, n) ->
                new Step(
                    row.getTimestamp("recorded_at").toInstant(),
                    Kind.valueOf(row.getString("kind")),
                    row.getObject("project_id", UUID.class),
                    row.getObject("reference_id", UUID.class),
                    row.getLong("minor_units"),
                    row.getString("currency"),
                    row.getString("partner"),
                    row.getString("voucher_reference")))
        .list();
  }

  private static JournalEntryView entry(ResultSet row, int n) throws SQLException {
    return new JournalEntryView(
        row.getString("event_id"),
        row.getTimestamp("recorded_at").toInstant(),
        row.getTimestamp("effective_at").toInstant(),
        Kind.valueOf(row.getString("kind")),
        row.getObject("donation_id", UUID.class),
        row.getObject("project_id", UUID.class),
        row.getObject("reference_id", UUID.class),
        row.getLong("minor_units"),
        row.getString("currency"),
        row.getString("actor"),
        row.getString("detail"));
  }
}

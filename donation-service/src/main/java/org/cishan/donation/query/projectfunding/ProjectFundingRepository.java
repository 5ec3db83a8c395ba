package org.cishan.donation.query.projectfunding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cishan.donation.domain.Draw;
import org.cishan.donation.domain.Money;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.query.projectfunding.ProjectDrawsPage.DrawView;
import org.cishan.donation.query.projectfunding.ProjectFundingView.CurrencyFunding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code project_fund}, {@code project_fund_money} and {@code project_fund_draw}. Sums
 * are added, not set: safe because they commit with the processor's token.
 */
@Repository
public class ProjectFundingRepository {

  /** The money columns, each a sum in minor units. */
  enum Column {
    RESTRICTED_RECEIVED("restricted_received_minor_units"),
    RESTRICTED_REFUNDED("restricted_refunded_minor_units"),
    RESTRICTED_RELEASED("restricted_released_minor_units"),
    ALLOCATED("allocated_minor_units"),
    REVERSED("reversed_minor_units"),
    DISBURSED("disbursed_minor_units");

    final String name;

    Column(String name) {
      this.name = name;
    }
  }

  private final JdbcClient jdbc;

  public ProjectFundingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void saveProject(UUID projectId, String status, String code, String title, Instant changedAt) {
    jdbc.sql(
            """
            insert into project_fund (project_id, status, code, title, changed_at)
            values (:projectId, :status, :code, :title, :changedAt)
            on conflict (project_id) do update
               set status = excluded.status, code = excluded.code, title = excluded.title,
                   changed_at = excluded.changed_at
            """)
        .param("projectId", projectId)
        .param("status", status)
        .param("code", code)
        .param("title", title)
        .param("changedAt", Timestamp.from(changedAt))
        .update();
  }

  /**
   * Adds to one sum. The row is made first and updated second: PostgreSQL checks an upsert's
   * proposed row against the table's checks, and a first disbursement row (nothing allocated) would
   * break {@code disbursed ≤ allocated − reversed}, which the final row keeps.
   */
  void add(UUID projectId, Money amount, Column column) {
    jdbc.sql(
            """
            insert into project_fund_money (project_id, currency) values (:projectId, :currency)
            on conflict (project_id, currency) do nothing
            """)
        .param("projectId", projectId)
        .param("currency", amount.currencyCode())
        .update();
    jdbc.sql(
            "update project_fund_money set "
                + column.name
                + " = "
                + column.name
                + " + :amount where project_id = :projectId and currency = :currency")
        .param("projectId", projectId)
        .param("currency", amount.currencyCode())
        .param("amount", amount.minorUnits())
        .update();
  }

  void insertDraws(FundsAllocatedEvent event, Instant allocatedAt) {
    for (int position = 0; position < event.draws().size(); position++) {
      Draw draw = event.draws().get(position);
      jdbc.sql(
              """
              insert into project_fund_draw
                     (allocation_id, position, donation_id, project_id, minor_units, currency,
                      allocated_at)
              values (:allocationId, :position, :donationId, :projectId, :minorUnits, :currency,
                      :allocatedAt)
              on conflict do nothing
              """)
          .param("allocationId", event.allocationId())
          .param("position", position)
          .param("donationId", draw.donationId())
          .param("projectId", event.projectId())
          .param("minorUnits", draw.minorUnits())
          .param("currency", event.amount().currencyCode())
          .param("allocatedAt", Timestamp.from(allocatedAt))
          .update();
    }
  }

  void markReversed(UUID allocationId, Instant reversedAt) {
    jdbc.sql("update project_fund_draw set reversed_at = :at where allocation_id = :allocationId")
        .param("at", Timestamp.from(reversedAt))
        .param("allocationId", allocationId)
        .update();
  }

  void clear() {
    jdbc.sql("delete from project_fund_draw").update();
    jdbc.sql("delete from project_fund_money").update();
    jdbc.sql("delete from project_fund").update();
  }

  Optional<ProjectFundingView> find(UUID projectId) {
    List<CurrencyFunding> money =
        jdbc.sql(
                """
                select * from project_fund_money where project_id = :projectId order by currency
                """)
            .param("projectId", projectId)
            .query(
                (row, n) ->
                    new CurrencyFunding(
                        row.getString("currency"),
                        row.getLong("restricted_received_minor_units"),
                        row.getLong("restricted_refunded_minor_units"),
                        row.getLong("restricted_released_minor_units"),
                        row.getLong("allocated_minor_units") - row.getLong("reversed_minor_units"),
                        row.getLong("disbursed_minor_units")))
            .list();
    Optional<ProjectFundingView> known =
        jdbc.sql("select * from project_fund where project_id = :projectId")
            .param("projectId", projectId)
            .query(
                (row, n) ->
                    new ProjectFundingView(
                        projectId,
                        row.getString("status"),
                        row.getString("code"),
                        row.getString("title"),
                        money))
            .optional();
    if (known.isPresent() || money.isEmpty()) {
      return known;
    }
    // restricted gifts can arrive before the ledger heard of the project
    return Optional.of(new ProjectFundingView(projectId, null, null, null, money));
  }

  /**
   * The draws of a project: oldest allocation first, each in the order it drew. The donor's name
   * comes from donation-summaries at read time, hidden where the donor chose anonymity.
   */
  ProjectDrawsPage draws(UUID projectId, int page, int size) {
    List<DrawView> items =
        jdbc.sql(
                """
                select d.allocation_id, d.donation_id, d.minor_units, d.currency,
                       d.allocated_at, d.reversed_at,
                       case when s.anonymous then null else s.donor_name end as donor_name
                  from project_fund_draw d
                  left join donation_summary s on s.donation_id = d.donation_id
                 where d.project_id = :projectId
                 order by d.allocated_at, d.allocation_id, d.position
                 limit :size offset :offset
                """)
            .param("projectId", projectId)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(
                (row, n) ->
                    new DrawView(
                        row.getObject("allocation_id", UUID.class),
                        row.getObject("donation_id", UUID.class),
                        row.getString("donor_name"),
                        row.getLong("minor_units"),
                        row.getString("currency"),
                        row.getTimestamp("allocated_at").toInstant(),
                        row.getTimestamp("reversed_at") == null
                            ? null
                            : row.getTimestamp("reversed_at").toInstant()))
            .list();
    long total =
        jdbc.sql("select count(*) from project_fund_draw where project_id = :projectId")
            .param("projectId", projectId)
            .query(Long.class)
            .single();
    return new ProjectDrawsPage(items, total);
  }
}

package org.cishan.project.command;

import org.cishan.project.domain.FundingChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code project_funding}: per project and currency, money raised (net of refunds and
 * releases), allocated (net of reversals) and disbursed, and the number of gifts. Keyed by project
 * id without a foreign key, so a change naming a project this service does not (yet) know is kept
 * rather than lost. The row is made first and updated second, so the table's checks (nothing
 * negative, never more disbursed than allocated) judge the final sums; a sum beyond {@code bigint}
 * fails in PostgreSQL instead of wrapping around.
 */
@Repository
public class FundingStore {

  private final JdbcClient jdbc;

  public FundingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void apply(FundingChange change) {
    jdbc.sql(
            """
            insert into project_funding (project_id, currency, raised_minor_units, donation_count)
            values (:projectId, :currency, 0, 0)
            on conflict (project_id, currency) do nothing
            """)
        .param("projectId", change.projectId())
        .param("currency", change.amount().currency())
        .update();
    jdbc.sql(
            """
            update project_funding
               set raised_minor_units = raised_minor_units + :raised,
                   allocated_minor_units = allocated_minor_units + :allocated,
                   disbursed_minor_units = disbursed_minor_units + :disbursed,
                   donation_count = donation_count + :donations
             where project_id = :projectId and currency = :currency
            """)
        .param("raised", change.raisedDelta())
        .param("allocated", change.allocatedDelta())
        .param("disbursed", change.disbursedDelta())
        .param("donations", change.donationCountDelta())
        .param("projectId", change.projectId())
        .param("currency", change.amount().currency())
        .update();
  }

  /** Per currency with allocated money not yet paid out: why the project cannot close yet. */
  public java.util.List<String> undisbursed(java.util.UUID projectId) {
    return jdbc.sql(
            """
            select currency, allocated_minor_units - disbursed_minor_units as open
              from project_funding
             where project_id = :projectId and allocated_minor_units > disbursed_minor_units
             order by currency
            """)
        .param("projectId", projectId)
        .query(
            (row, n) ->
                "the ledger shows "
                    + row.getLong("open")
                    + " minor units of "
                    + row.getString("currency")
                    + " allocated but neither disbursed nor returned")
        .list();
  }
}

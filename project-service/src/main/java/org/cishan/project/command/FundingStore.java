package org.cishan.project.command;

import org.cishan.project.domain.DonationToProject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adds donations to {@code project_funding}: one row per project and currency, keyed by project id
 * without a foreign key, so a donation naming a project this service does not (yet) know is kept
 * rather than lost. A sum beyond {@code bigint} fails in PostgreSQL instead of wrapping around.
 */
@Repository
public class FundingStore {

  private final JdbcClient jdbc;

  public FundingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(DonationToProject donation) {
    jdbc.sql(
            """
            insert into project_funding
              (project_id, currency, raised_minor_units, donation_count)
            values (:projectId, :currency, :minorUnits, 1)
            on conflict (project_id, currency) do update
              set raised_minor_units = project_funding.raised_minor_units + excluded.raised_minor_units,
                  donation_count = project_funding.donation_count + 1
            """)
        .param("projectId", donation.projectId())
        .param("currency", donation.amount().currency())
        .param("minorUnits", donation.amount().minorUnits())
        .update();
  }
}

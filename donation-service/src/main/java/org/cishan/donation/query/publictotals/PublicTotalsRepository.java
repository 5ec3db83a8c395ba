package org.cishan.donation.query.publictotals;

import java.util.List;
import org.cishan.donation.query.publictotals.PublicTotalsView.CurrencyTotal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code public_total} table: one row per currency. Adding is not idempotent by itself; it is
 * safe because it commits in one transaction with the processor's token (see the projection).
 * PostgreSQL refuses a sum beyond {@code bigint} ("bigint out of range"), so totals never wrap.
 */
@Repository
public class PublicTotalsRepository {

  private final JdbcClient jdbc;

  public PublicTotalsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(String currency, long minorUnits) {
    jdbc.sql(
            """
            insert into public_total (currency, donation_count, minor_units)
            values (:currency, 1, :minorUnits)
            on conflict (currency) do update
               set donation_count = public_total.donation_count + 1,
                   minor_units = public_total.minor_units + excluded.minor_units
            """)
        .param("currency", currency)
        .param("minorUnits", minorUnits)
        .update();
  }

  void clear() {
    jdbc.sql("delete from public_total").update();
  }

  PublicTotalsView load() {
    List<CurrencyTotal> totals =
        jdbc.sql(
                """
                select currency, minor_units, donation_count
                  from public_total order by currency
                """)
            .query(
                (row, n) ->
                    new CurrencyTotal(
                        row.getString("currency"),
                        row.getLong("minor_units"),
                        row.getLong("donation_count")))
            .list();
    long donationCount =
        totals.stream().mapToLong(CurrencyTotal::donationCount).reduce(0, Math::addExact);
    return new PublicTotalsView(donationCount, totals);
  }
}

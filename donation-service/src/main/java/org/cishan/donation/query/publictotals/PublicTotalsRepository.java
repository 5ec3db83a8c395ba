package org.cishan.donation.query.publictotals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cishan.donation.query.publictotals.PublicTotalsView.CurrencyTotal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code public_total} table (one row per currency) and {@code public_total_day} (per day and
 * currency). Adding is not idempotent by itself; it is safe because it commits in one transaction
 * with the processor's token (see the projection). PostgreSQL refuses a sum beyond {@code bigint}
 * ("bigint out of range"), so totals never wrap. Read back, an amount is net: confirmed minus
 * refunded.
 */
@Repository
public class PublicTotalsRepository {

  private final JdbcClient jdbc;

  public PublicTotalsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a batch's sums: one upsert per currency and one per (day, currency). */
  void apply(TotalsDelta delta) {
    delta
        .byCurrency()
        .forEach(
            (currency, amount) ->
                jdbc.sql(
                        """
                        insert into public_total
                               (currency, donation_count, minor_units, refunded_minor_units)
                        values (:currency, :count, :minorUnits, :refunded)
                        on conflict (currency) do update
                           set donation_count = public_total.donation_count + excluded.donation_count,
                               minor_units = public_total.minor_units + excluded.minor_units,
                               refunded_minor_units =
                                 public_total.refunded_minor_units + excluded.refunded_minor_units
                        """)
                    .param("currency", currency)
                    .param("count", amount.donationCount())
                    .param("minorUnits", amount.minorUnits())
                    .param("refunded", amount.refundedMinorUnits())
                    .update());
    delta
        .byDay()
        .forEach(
            (key, amount) ->
                jdbc.sql(
                        """
                        insert into public_total_day
                               (day, currency, donation_count, minor_units, refunded_minor_units)
                        values (:day, :currency, :count, :minorUnits, :refunded)
                        on conflict (day, currency) do update
                           set donation_count =
                                 public_total_day.donation_count + excluded.donation_count,
                               minor_units = public_total_day.minor_units + excluded.minor_units,
                               refunded_minor_units =
                                 public_total_day.refunded_minor_units
                                   + excluded.refunded_minor_units
                        """)
                    .param("day", key.day())
                    .param("currency", key.currency())
                    .param("count", amount.donationCount())
                    .param("minorUnits", amount.minorUnits())
                    .param("refunded", amount.refundedMinorUnits())
                    .update());
  }

  void clear() {
    jdbc.sql("delete from public_total").update();
    jdbc.sql("delete from public_total_day").update();
  }

  /** The days from {@code from} to {@code to} (inclusive) that have confirmed donations. */
  DailyTotalsView loadDays(LocalDate from, LocalDate to) {
    Map<LocalDate, List<CurrencyTotal>> byDay = new TreeMap<>();
    jdbc.sql(
            """
            select day, currency, minor_units - refunded_minor_units as minor_units,
                   donation_count
              from public_total_day
             where day between :from and :to order by day, currency
            """)
        .param("from", from)
        .param("to", to)
        .query(
            (row, n) -> {
              byDay
                  .computeIfAbsent(row.getObject("day", LocalDate.class), d -> new ArrayList<>())
                  .add(
                      new CurrencyTotal(
                          row.getString("currency"),
                          row.getLong("minor_units"),
                          row.getLong("donation_count")));
              return null;
            })
        .list();
    return new DailyTotalsView(
        byDay.entrySet().stream()
            .map(e -> new DailyTotalsView.DayTotal(e.getKey(), e.getValue()))
            .toList());
  }

  PublicTotalsView load() {
    List<CurrencyTotal> totals =
        jdbc.sql(
                """
                select currency, minor_units - refunded_minor_units as minor_units,
                       donation_count
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

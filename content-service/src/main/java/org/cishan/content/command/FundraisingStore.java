package org.cishan.content.command;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each project's target and the money raised for it, as the events told content-service. */
@Repository
public class FundraisingStore {

  /** A project's target, and what was raised in its currency. */
  public record Progress(String title, long target, String currency, long raised) {}

  private final JdbcClient jdbc;

  public FundraisingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serializes the work on one project's fundraising until the transaction ends, so a gift and the
   * project's target arriving at once cannot each miss the other's uncommitted row.
   */
  public void lockProject(UUID projectId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(:id as text), 0))")
        .param("id", projectId)
        .query((row, n) -> 1)
        .list();
  }

  /** Remembers the target (the first one told wins: a project's target is fixed at creation). */
  public void rememberTarget(UUID projectId, String title, long target, String currency) {
    jdbc.sql(
            """
            insert into project_target (project_id, title, target_minor, target_currency)
            values (:id, :title, :target, :currency)
            on conflict (project_id) do nothing
            """)
        .param("id", projectId)
        .param("title", title)
        .param("target", target)
        .param("currency", currency)
        .update();
  }

  /** Adds {@code delta} (negative: takes away) to what the project raised in {@code currency}. */
  public void addRaised(UUID projectId, String currency, long delta) {
    jdbc.sql(
            """
            insert into project_raised (project_id, currency, raised_minor)
            values (:id, :currency, :delta)
            on conflict (project_id, currency)
            do update set raised_minor = project_raised.raised_minor + excluded.raised_minor
            """)
        .param("id", projectId)
        .param("currency", currency)
        .param("delta", delta)
        .update();
  }

  /** Empty while the project's target is unknown; its row locked until the transaction ends. */
  public Optional<Progress> lockProgress(UUID projectId) {
    return jdbc.sql(
            """
            select t.title, t.target_minor, t.target_currency, coalesce(r.raised_minor, 0) as raised
              from project_target t
              left join project_raised r
                on r.project_id = t.project_id and r.currency = t.target_currency
             where t.project_id = :id
               for update of t
            """)
        .param("id", projectId)
        .query(
            (row, n) ->
                new Progress(
                    row.getString("title"),
                    row.getLong("target_minor"),
                    row.getString("target_currency"),
                    row.getLong("raised")))
        .optional();
  }
}

package org.cishan.donation.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and evicts rows of Axon's {@code dead_letter_entry} table (V9) directly: listing needs no
 * deserialization of the parked payloads (which may be the very thing that fails), and the event's
 * global index comes from the event store.
 */
@Repository
public class DeadLetterCatalog {

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final DeadLetterSettings settings;

  public DeadLetterCatalog(JdbcClient jdbc, ObjectMapper json, DeadLetterSettings settings) {
    this.jdbc = jdbc;
    this.json = json;
    this.settings = settings;
  }

  /** The parked events of {@code processors}, by processor, sequence and order in the sequence. */
  public List<DeadLetterView> list(List<String> processors, int page, int size) {
    return jdbc.sql(
            """
            select d.processing_group, d.sequence_identifier, d.sequence_index,
                   d.event_identifier, d.payload_type, d.aggregate_identifier, e.global_index,
                   d.cause_type, d.cause_message, d.enqueued_at, d.last_touched, d.diagnostics
              from dead_letter_entry d
              left join domain_event_entry e on e.event_identifier = d.event_identifier
             where d.processing_group in (:processors)
             order by d.processing_group, d.sequence_identifier, d.sequence_index
             limit :size offset :offset
            """)
        .param("processors", processors)
        .param("size", size)
        .param("offset", (long) page * size)
        .query(this::view)
        .list();
  }

  public long count(List<String> processors) {
    return jdbc.sql("select count(*) from dead_letter_entry where processing_group in (:p)")
        .param("p", processors)
        .query(Long.class)
        .single();
  }

  /** Parked events of one processor. */
  public long letters(String processor) {
    return count(List.of(processor));
  }

  /** Parked sequences (aggregates) of one processor. */
  public long sequences(String processor) {
    return jdbc.sql(
            "select count(distinct sequence_identifier) from dead_letter_entry"
                + " where processing_group = :p")
        .param("p", processor)
        .query(Long.class)
        .single();
  }

  public boolean isParked(String processor, String sequenceId) {
    return jdbc.sql(
            "select exists (select 1 from dead_letter_entry"
                + " where processing_group = :p and sequence_identifier = :s)")
        .param("p", processor)
        .param("s", sequenceId)
        .query(Boolean.class)
        .single();
  }

  /** Removes every parked event of the sequence; the processor will never handle them. */
  @Transactional
  public int evict(String processor, String sequenceId) {
    return jdbc.sql(
            "delete from dead_letter_entry where processing_group = :p and sequence_identifier = :s")
        .param("p", processor)
        .param("s", sequenceId)
        .update();
  }

  private DeadLetterView view(ResultSet row, int rowNumber) throws SQLException {
    String payloadType = row.getString("payload_type");
    int attempts = attempts(row.getBytes("diagnostics"));
    Long globalIndex = row.getObject("global_index", Long.class);
    return new DeadLetterView(
        row.getString("processing_group"),
        row.getString("sequence_identifier"),
        row.getLong("sequence_index"),
        row.getString("event_identifier"),
        payloadType.substring(payloadType.lastIndexOf('.') + 1),
        row.getString("aggregate_identifier"),
        globalIndex,
        row.getString("cause_type"),
        row.getString("cause_message"),
        instant(row.getString("enqueued_at")),
        instant(row.getString("last_touched")),
        attempts,
        attempts >= settings.maxAttempts());
  }

  private int attempts(byte[] diagnostics) {
    if (diagnostics == null) {
      return 0;
    }
    try {
      JsonNode attempts = json.readTree(diagnostics).path(AttemptCountingPolicy.ATTEMPTS);
      return attempts.isNumber() ? attempts.intValue() : 0;
    } catch (IOException unreadable) {
      return 0;
    }
  }

  private static Instant instant(String stored) {
    return stored == null ? null : Instant.parse(stored);
  }
}

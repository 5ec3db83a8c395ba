package org.cishan.donation.config;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon's event store that PostgreSQL refused an event because its key exists. Axon's default
 * for JDBC only recognises {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL
 * driver never throws (it reports SQLState {@code 23505}, unique_violation, inside a batch
 * exception), so a second stream for the same aggregate would surface as a generic {@code
 * EventStoreException} instead of {@code AggregateStreamCreationException}/{@code
 * ConcurrencyException}.
 */
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

  static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
        return true;
      }
    }
    return false;
  }

  /** A batch insert reports the failing row's error as the next exception. */
  private static boolean isUniqueViolation(SQLException exception) {
    for (SQLException e = exception; e != null; e = e.getNextException()) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}

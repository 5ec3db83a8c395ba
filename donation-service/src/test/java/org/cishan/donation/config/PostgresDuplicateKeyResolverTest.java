package org.cishan.donation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeyResolverTest {

  final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

  @Test
  void recognisesAUniqueViolationReportedInsideABatch() {
    BatchUpdateException batch =
        new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
    batch.setNextException(new SQLException("duplicate key value", "23505"));

    assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
  }

  @Test
  void recognisesAUniqueViolationOnlyReportedAsTheNextException() {
    BatchUpdateException batch =
        new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
    batch.setNextException(new SQLException("duplicate key value", "23505"));

    assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append", batch))).isTrue();
  }

  @Test
  void doesNotMistakeOtherFailuresForDuplicates() {
    SQLException checkViolation = new SQLException("violates check constraint", "23514");
    SQLException connectionLost = new SQLException("connection refused", "08001");

    assertThat(resolver.isDuplicateKeyViolation(checkViolation)).isFalse();
    assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException(connectionLost)))
        .isFalse();
  }
}

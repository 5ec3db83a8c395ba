package org.cishan.identity.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signing keys in table {@code signing_key}, shared by every instance of the service. */
@Repository
public class SigningKeyStore {

  /** Arbitrary constant naming the advisory lock that serializes key rotation across instances. */
  private static final long ROTATION_LOCK = 0x43495348414e4b31L;

  private final JdbcClient jdbc;

  public SigningKeyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits for, and holds until the transaction ends, the cluster-wide rotation lock. */
  public void lockForRotation() {
    jdbc.sql("select true from pg_advisory_xact_lock(?)").param(ROTATION_LOCK).query().listOfRows();
  }

  /** The newest active key, if any. */
  public Optional<StoredSigningKey> active() {
    return jdbc.sql(
            "select * from signing_key where retired_at is null order by created_at desc limit 1")
        .query((rs, n) -> key(rs))
        .optional();
  }

  /** Active keys and keys retired after {@code retiredAfter}, newest first. */
  public List<StoredSigningKey> published(Instant retiredAfter) {
    return jdbc.sql(
            """
            select * from signing_key where retired_at is null or retired_at > ?
            order by created_at desc
            """)
        .param(Timestamp.from(retiredAfter))
        .query((rs, n) -> key(rs))
        .list();
  }

  public void insert(StoredSigningKey key) {
    jdbc.sql(
            """
            insert into signing_key (kid, public_key, private_key, created_at, retired_at)
            values (?, ?, ?, ?, null)
            """)
        .params(key.kid(), key.publicKey(), key.privateKey(), Timestamp.from(key.createdAt()))
        .update();
  }

  /** Retires every active key except {@code keep}. */
  public int retireAllExcept(String keep, Instant at) {
    return jdbc.sql("update signing_key set retired_at = ? where retired_at is null and kid <> ?")
        .params(Timestamp.from(at), keep)
        .update();
  }

  /** Deletes keys (with their private halves) retired before {@code cutoff}. */
  public int purgeRetiredBefore(Instant cutoff) {
    return jdbc.sql("delete from signing_key where retired_at < ?")
        .param(Timestamp.from(cutoff))
        .update();
  }

  private static StoredSigningKey key(ResultSet rs) throws SQLException {
    Timestamp retired = rs.getTimestamp("retired_at");
    return new StoredSigningKey(
        rs.getString("kid"),
        rs.getString("public_key"),
        rs.getString("private_key"),
        rs.getTimestamp("created_at").toInstant(),
        retired == null ? null : retired.toInstant());
  }
}

package org.cishan.identity.token;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cishan.identity.store.SigningKeyStore;
import org.cishan.identity.store.StoredSigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing keys of all instances, in the database: exactly one active key signs; retired keys
 * stay published (so tokens they signed still verify) for the policy's retention, then are deleted.
 * Changes are serialized across instances by a PostgreSQL advisory lock.
 */
public class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  private final SigningKeyStore store;
  private final KeyPolicy policy;
  private final Clock clock;
  private final TransactionTemplate transactions;

  public SigningKeys(
      SigningKeyStore store, KeyPolicy policy, Clock clock, TransactionTemplate transactions) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** The kid of the key that signs now; creates the first key if there is none. */
  public String activeKid() {
    return store.active().map(StoredSigningKey::kid).orElseGet(() -> ensureActiveKey().kid());
  }

  /** The active key and the recently retired ones, newest first, as JWKs with private halves. */
  public List<JWK> published() {
    List<StoredSigningKey> keys = store.published(retentionCutoff());
    if (keys.stream().noneMatch(StoredSigningKey::active)) {
      ensureActiveKey();
      keys = store.published(retentionCutoff());
    }
    return keys.stream().<JWK>map(RsaKeys::toJwk).toList();
  }

  /** Makes sure one key is active (at startup, and lazily if the table was emptied). */
  public StoredSigningKey ensureActiveKey() {
    return locked(() -> store.active().orElseGet(() -> rotateLocked(Optional.empty()).activeKey()));
  }

  /** Replaces the active key by a new one at once (administrator's request). */
  public KeyRotation rotate() {
    return locked(() -> rotateLocked(store.active()).rotation());
  }

  /**
   * Rotates when the active key is older than the rotation period (true when it did); either way
   * deletes keys whose retention is over, private halves included.
   */
  public boolean rotateIfDue() {
    return locked(
        () -> {
          Optional<StoredSigningKey> active = store.active();
          if (active.isPresent() && !policy.isDue(active.get().createdAt(), clock.instant())) {
            store.purgeRetiredBefore(retentionCutoff());
            return false;
          }
          rotateLocked(active);
          return true;
        });
  }

  private record Rotated(StoredSigningKey activeKey, KeyRotation rotation) {}

  private Rotated rotateLocked(Optional<StoredSigningKey> previous) {
    // PostgreSQL keeps microseconds and rounds: truncate, so a stored time is never after "now".
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    StoredSigningKey next = RsaKeys.generate(now);
    store.insert(next);
    store.retireAllExcept(next.kid(), now);
    int purged = store.purgeRetiredBefore(retentionCutoff());
    String retired = previous.map(StoredSigningKey::kid).orElse(null);
    log.info(
        "Signing key {} active; {} retired; {} expired key(s) deleted",
        next.kid(),
        retired,
        purged);
    return new Rotated(next, new KeyRotation(next.kid(), retired));
  }

  private <T> T locked(Supplier<T> work) {
    return transactions.execute(
        status -> {
          store.lockForRotation();
          return work.get();
        });
  }

  private Instant retentionCutoff() {
    return clock.instant().minus(policy.retiredKeyRetention());
  }
}

package org.cishan.identity.token;

import java.time.Clock;
import java.time.Duration;
import org.cishan.identity.store.AuthorizationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled upkeep: rotates the signing key when it is due, and deletes authorizations whose tokens
 * all expired (Spring Authorization Server never deletes them itself).
 */
public class TokenHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(TokenHousekeeping.class);
  private static final Duration EXPIRED_AUTHORIZATION_GRACE = Duration.ofDays(1);

  private final SigningKeys signingKeys;
  private final AuthorizationStore authorizations;
  private final Clock clock;

  public TokenHousekeeping(
      SigningKeys signingKeys, AuthorizationStore authorizations, Clock clock) {
    this.signingKeys = signingKeys;
    this.authorizations = authorizations;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${cishan.identity.keys.check-interval:PT1H}",
      fixedDelayString = "${cishan.identity.keys.check-interval:PT1H}")
  public void run() {
    if (signingKeys.rotateIfDue()) {
      log.info("Signing key rotated on schedule");
    }
    int purged =
        authorizations.purgeExpiredBefore(clock.instant().minus(EXPIRED_AUTHORIZATION_GRACE));
    if (purged > 0) {
      log.info("{} expired authorization(s) deleted", purged);
    }
  }
}

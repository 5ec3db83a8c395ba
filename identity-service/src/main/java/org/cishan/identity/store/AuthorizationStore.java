package org.cishan.identity.store;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Direct access to Spring Authorization Server's {@code oauth2_authorization} table for what its
 * {@code OAuth2AuthorizationService} interface cannot do: revoke everything of one principal, and
 * forget expired authorizations.
 */
@Repository
public class AuthorizationStore {

  private final JdbcClient jdbc;

  public AuthorizationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Deletes every authorization (codes, refresh tokens) of the principal, so none can be redeemed.
   */
  public int revokeAllOf(String principalName) {
    return jdbc.sql("delete from oauth2_authorization where principal_name = ?")
        .param(principalName)
        .update();
  }

  /** Deletes authorizations whose every token expired before {@code cutoff}. */
  public int purgeExpiredBefore(Instant cutoff) {
    return jdbc.sql(
            """
            delete from oauth2_authorization
            where greatest(authorization_code_expires_at, access_token_expires_at,
                           oidc_id_token_expires_at, refresh_token_expires_at) < ?
            """)
        .param(Timestamp.from(cutoff))
        .update();
  }
}

package org.cishan.identity.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cishan.identity.domain.Account;
import org.cishan.identity.domain.FailedLogins;
import org.cishan.identity.domain.Login;
import org.cishan.identity.domain.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in table {@code account} (plain SQL, roles as a checked {@code text[]}). */
@Repository
public class AccountStore {

  private static final String COLUMNS =
      "id, login, display_name, roles, enabled, created_at, created_by,"
          + " password_hash, failed_login_count, locked_until";

  private final JdbcClient jdbc;

  public AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the account unless its login is taken; true when it was inserted. */
  public boolean insertIfAbsent(Account account, String passwordHash) {
    return jdbc.sql(
                """
                insert into account (id, login, display_name, roles, enabled, created_at,
                                     created_by, password_hash, failed_login_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                on conflict (login) do nothing
                """)
            .params(
                account.id(),
                account.login().value(),
                account.displayName(),
                account.roles().stream().map(Role::name).sorted().toArray(String[]::new),
                account.enabled(),
                Timestamp.from(account.createdAt()),
                account.createdBy(),
                passwordHash)
            .update()
        == 1;
  }

  public boolean exists(Login login) {
    return jdbc.sql("select count(*) from account where login = ?")
            .param(login.value())
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<Account> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from account where id = ?")
        .param(id)
        .query((rs, n) -> account(rs))
        .optional();
  }

  /** The account for a sign-in attempt, row-locked until the transaction ends. */
  public Optional<StoredAccount> findByLoginForUpdate(String login) {
    return jdbc.sql("select " + COLUMNS + " from account where login = ? for update")
        .param(login)
        .query((rs, n) -> stored(rs))
        .optional();
  }

  public void saveFailedLogins(UUID id, FailedLogins state) {
    Timestamp lockedUntil =
        state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil());
    jdbc.sql("update account set failed_login_count = ?, locked_until = ? where id = ?")
        .params(state.count(), lockedUntil, id)
        .update();
  }

  public void savePasswordHash(UUID id, String passwordHash) {
    jdbc.sql("update account set password_hash = ? where id = ?").params(passwordHash, id).update();
  }

  /** Disables the account; false when there is no such account. */
  public boolean disable(UUID id) {
    return jdbc.sql("update account set enabled = false where id = ?").param(id).update() == 1;
  }

  private static StoredAccount stored(ResultSet rs) throws SQLException {
    FailedLogins failed =
        new FailedLogins(rs.getInt("failed_login_count"), instant(rs.getTimestamp("locked_until")));
    return new StoredAccount(account(rs), rs.getString("password_hash"), failed);
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getObject("id", UUID.class),
        new Login(rs.getString("login")),
        rs.getString("display_name"),
        roles(rs.getArray("roles")),
        rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }

  private static Set<Role> roles(Array array) throws SQLException {
    return Arrays.stream((String[]) array.getArray())
        .map(Role::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

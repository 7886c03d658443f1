package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.application.port.out.broker.RegistrationTokenRepository;
import dev.sessionhost.domain.pool.RegistrationToken;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Registration tokens in {@code registration_token}, by the hash of their secret. */
public final class JdbcRegistrationTokenRepository implements RegistrationTokenRepository {

  private final Jdbc jdbc;

  JdbcRegistrationTokenRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(String tokenHash, RegistrationToken token) {
    jdbc.run(
        "keep a registration token of pool " + token.pool(),
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO registration_token (hash, pool, issued_at, expires_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO UPDATE SET"
                      + " pool = excluded.pool, issued_at = excluded.issued_at,"
                      + " expires_at = excluded.expires_at")) {
            insert.setString(1, tokenHash);
            insert.setString(2, token.pool());
            insert.setLong(3, Millis.of(token.issuedAt()));
            insert.setLong(4, Millis.of(token.expiresAt()));
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public Optional<RegistrationToken> find(String tokenHash) {
    return jdbc.run(
        "find a registration token",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT pool, issued_at, expires_at FROM registration_token WHERE hash = ?")) {
            query.setString(1, tokenHash);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new RegistrationToken(
                      row.getString("pool"),
                      Millis.read(row, "issued_at"),
                      Millis.read(row, "expires_at")));
            }
          }
        });
  }
}

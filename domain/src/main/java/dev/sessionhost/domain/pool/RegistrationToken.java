package dev.sessionhost.domain.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A registration token as the broker keeps it (the secret itself only as a hash, elsewhere): the
 * pool a host joins with it, when it was issued and when it expires.
 */
public record RegistrationToken(String pool, Instant issuedAt, Instant expiresAt) {

  /** The shortest life of a token, as the service allows. */
  public static final Duration SHORTEST = Duration.ofHours(1);

  /** The longest life of a token, as the service allows. */
  public static final Duration LONGEST = Duration.ofDays(27);

  public RegistrationToken {
    Names.require("host pool name", pool);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * A token for {@code pool} issued at {@code now}, valid for {@code validFor}.
   *
   * @throws IllegalArgumentException when {@code validFor} is shorter than an hour or longer than
   *     27 days
   */
  public static RegistrationToken issue(String pool, Instant now, Duration validFor) {
    if (validFor.compareTo(SHORTEST) < 0 || validFor.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          "a registration token lives between 1 hour and 27 days, not "
              + validFor.toString().substring(2).toLowerCase(java.util.Locale.ROOT));
    }
    return new RegistrationToken(pool, now, now.plus(validFor));
  }

  /** Whether the token has expired at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}

package dev.sessionhost.application.port.out.broker;

import dev.sessionhost.domain.pool.RegistrationToken;
import java.util.Optional;

/** Where the broker keeps its registration tokens, each only as the hash of its secret. */
public interface RegistrationTokenRepository {

  /** Keeps a token under the hash of its secret; durable when it returns. */
  void add(String tokenHash, RegistrationToken token);

  /** The token whose secret has this hash. */
  Optional<RegistrationToken> find(String tokenHash);
}

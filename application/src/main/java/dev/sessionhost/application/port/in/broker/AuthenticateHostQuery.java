package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.Optional;

/**
 * Which host a credential belongs to, if any: lets an adapter answer a host that knocks on a door
 * it may not open (403) differently from a stranger (401).
 */
public interface AuthenticateHostQuery {

  Optional<SessionHostKey> hostOf(String credential);
}

package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.Map;

/** How many hosts each pool has in each shown status, now. */
public interface CountSessionHostsQuery {

  /**
   * Counts by pool name, then by shown status; every pool and every status appear, with 0 where
   * none.
   */
  Map<String, Map<SessionHostStatus, Long>> countByPoolAndStatus();
}

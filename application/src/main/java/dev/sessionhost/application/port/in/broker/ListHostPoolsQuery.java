package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.HostPool;
import java.util.List;

/** The broker's host pools, by name. */
public interface ListHostPoolsQuery {

  List<HostPool> pools();
}

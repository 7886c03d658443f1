package dev.sessionhost.application.port.in;

import java.util.List;

/** Lists the checks this agent knows, in a stable order, with where each comes from. */
public interface ListChecksQuery {

  List<CheckListing> listChecks();
}

package dev.sessionhost.bootstrap;

import dev.sessionhost.plugin.api.Probe;
import java.util.Map;

/** The environment the checks read their facts from: its name and its probes. */
record ProbeEnvironment(String name, Map<Class<? extends Probe>, Probe> probes) {

  ProbeEnvironment {
    probes = Map.copyOf(probes);
  }
}

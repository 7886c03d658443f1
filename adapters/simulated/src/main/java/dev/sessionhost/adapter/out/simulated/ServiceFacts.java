package dev.sessionhost.adapter.out.simulated;

/**
 * One entry of the scenario's {@code services} map.
 *
 * @param installed whether the service exists; default true, since listing it installs it
 * @param active whether it runs; default false
 * @param detail the service manager's own words, e.g. {@code ActiveState=failed}; default empty
 */
record ServiceFacts(Boolean installed, Boolean active, String detail) {

  /** Applies the defaults and rejects a running service that is not installed. */
  ServiceFacts {
    installed = installed == null || installed;
    active = active != null && active;
    if (active && !installed) {
      throw new FactException("active", "cannot be true when installed is false");
    }
    detail = detail == null ? "" : detail;
  }

  /** A service listed with no keys: installed and stopped. */
  static ServiceFacts listedOnly() {
    return new ServiceFacts(null, null, null);
  }
}

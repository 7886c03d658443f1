package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.application.service.ListChecksService;
import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.KnownCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Check catalogues for tests, listed by the real service over hand-made loaders. */
final class Catalogues {

  static final String CUSTOM_ID = "DiskSpaceCheck";
  static final String CUSTOM_PROVIDER = "disk-space-plugin 1.2.0";

  private Catalogues() {}

  /** The eleven checks the API names, none of them installed. */
  static ListChecksQuery builtInOnly() {
    return new ListChecksService(List::of);
  }

  /** The eleven plus a plugin's own check that the API does not name, reporting only. */
  static ListChecksQuery withACustomCheck() {
    return new ListChecksService(() -> List.of(customCheck()));
  }

  /**
   * The seven checks the product runs, installed; DomainReachable installed but disabled; the
   * custom check; FSLogixHealthCheck and the rest not installed.
   */
  static ListChecksQuery installed() {
    List<RunnableCheck> checks = new ArrayList<>();
    for (KnownCheck known : Snapshots.SEVEN) {
      checks.add(
          new RunnableCheck(
              known.definition(),
              CheckOptions.defaultsFor(known.definition()),
              "built-in 1.0.0",
              deadline -> CheckReport.passed("")));
    }
    CheckDefinition reachable = KnownCheck.DOMAIN_REACHABLE.definition();
    checks.add(
        new RunnableCheck(
            reachable,
            CheckOptions.defaultsFor(reachable).disabled(),
            "built-in 1.0.0",
            deadline -> CheckReport.passed("")));
    checks.add(customCheck());
    return new ListChecksService(() -> checks);
  }

  private static RunnableCheck customCheck() {
    CheckDefinition disk =
        new CheckDefinition(
            CheckId.of(CUSTOM_ID),
            "Free disk space",
            "The system disk has room for user profiles.",
            FailureEffect.NONE,
            "Free some space on the system disk.",
            Duration.ofSeconds(3));
    RunnableCheck check =
        new RunnableCheck(
            disk,
            CheckOptions.defaultsFor(disk),
            CUSTOM_PROVIDER,
            deadline -> CheckReport.passed(""));
    return check;
  }
}

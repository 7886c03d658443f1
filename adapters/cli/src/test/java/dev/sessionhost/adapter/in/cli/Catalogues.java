package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.application.service.ListChecksService;
import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.FailureEffect;
import java.time.Duration;
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
    return new ListChecksService(() -> List.of(check));
  }
}

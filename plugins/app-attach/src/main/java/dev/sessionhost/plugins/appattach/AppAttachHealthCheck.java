package dev.sessionhost.plugins.appattach;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.PathState;
import dev.sessionhost.plugin.api.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Checks that the image of every configured app attach package (setting {@code packages}: a list of
 * {@code {name, path, failureEffect}}) is present and readable as a file.
 *
 * <p>Each package carries its own failure effect ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE} by
 * default, or {@code NONE}; the Azure names {@code Unhealthy}, {@code NeedsAssistance} and {@code
 * DoNotFail} too); a failed verdict carries the severity of the worst failing package. Error codes,
 * of the first failing package with that worst effect: 1 the image does not exist; 2 the path is a
 * directory, not an image file; 3 the image is not readable.
 */
@Extension
public final class AppAttachHealthCheck implements HealthCheck {

  /** Failure code: nothing is at the package's path. */
  public static final int MISSING = 1;

  /** Failure code: the package's path is a directory. */
  public static final int DIRECTORY = 2;

  /** Failure code: the package's image exists but cannot be read. */
  public static final int UNREADABLE = 3;

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("AppAttachHealthCheck")
          .displayName("App attach packages")
          .verifies("the image of every configured app attach package is present and readable")
          .severity(Severity.NON_FATAL)
          .remediation(
              "Check each failing package's path: mount the share that holds the images (findmnt,"
                  + " mount -a), restore the missing image, or grant the agent read access (ls -l,"
                  + " chmod/chown); fix or remove the package entry in the configuration.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    List<AppAttachPackage> packages = new ArrayList<>();
    for (CheckSettings section : context.settings().sections("packages")) {
      packages.add(AppAttachPackage.from(section));
    }
    if (packages.isEmpty()) {
      return CheckVerdict.passed("no app attach packages configured");
    }
    FileProbe files = context.probe(FileProbe.class);
    Map<String, String> details = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    AppAttachPackage worst = null;
    int worstCode = 0;
    for (AppAttachPackage pkg : packages) {
      PathState state = files.path(pkg.path());
      int code = failureCode(state);
      String key = details.containsKey(pkg.name()) ? pkg.name() + "#" + details.size() : pkg.name();
      if (code == 0) {
        details.put(key, "readable, " + state.size() + " bytes at " + pkg.path());
        continue;
      }
      String problem = pkg.name() + ": " + pkg.path() + " " + describe(code, state);
      problems.add(problem);
      details.put(key, problem + " [failureEffect " + pkg.effect().failureEffect() + "]");
      if (worst == null || pkg.effect().ordinal() < worst.effect().ordinal()) {
        worst = pkg;
        worstCode = code;
      }
    }
    if (worst == null) {
      return CheckVerdict.passed(
          "all " + packages.size() + " app attach packages are present and readable", details);
    }
    String message =
        problems.size()
            + " of "
            + packages.size()
            + " app attach packages failed: "
            + String.join("; ", problems);
    return CheckVerdict.failed(worstCode, message, details).withSeverity(worst.effect());
  }

  private static int failureCode(PathState state) {
    if (!state.exists()) {
      return MISSING;
    }
    if (state.directory()) {
      return DIRECTORY;
    }
    return state.readable() ? 0 : UNREADABLE;
  }

  private static String describe(int code, PathState state) {
    String what =
        switch (code) {
          case MISSING -> "does not exist";
          case DIRECTORY -> "is a directory, not an image file";
          default -> "is not readable";
        };
    return state.detail().isBlank() ? what : what + " (" + state.detail().strip() + ")";
  }
}

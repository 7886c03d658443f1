package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.check.Thresholds;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Builds a {@link RunnableCheck} for a test: a known id gets its catalogue definition, any other id
 * a made-up fatal one; options start from the definition's defaults with a 2 s timeout.
 */
public final class RunnableCheckBuilder {

  private final CheckDefinition definition;
  private CheckOptions options;
  private String provider = "test-checks@1.0.0";

  private RunnableCheckBuilder(CheckDefinition definition) {
    this.definition = definition;
    this.options = CheckOptions.defaultsFor(definition).withTimeout(Duration.ofSeconds(2));
  }

  public static RunnableCheckBuilder aCheck(String id) {
    CheckId checkId = CheckId.of(id);
    return new RunnableCheckBuilder(
        KnownCheck.byId(checkId)
            .map(KnownCheck::definition)
            .orElseGet(
                () ->
                    new CheckDefinition(
                        checkId,
                        id + " (test)",
                        "whatever the test says",
                        FailureEffect.UNAVAILABLE,
                        "fix the test",
                        CheckDefinition.STANDARD_TIMEOUT)));
  }

  public RunnableCheckBuilder fatal() {
    options = options.withEffect(FailureEffect.UNAVAILABLE);
    return this;
  }

  public RunnableCheckBuilder nonFatal() {
    options = options.withEffect(FailureEffect.NEEDS_ASSISTANCE);
    return this;
  }

  public RunnableCheckBuilder timeout(long millis) {
    options = options.withTimeout(Duration.ofMillis(millis));
    return this;
  }

  public RunnableCheckBuilder interval(Duration interval) {
    options = options.withInterval(interval);
    return this;
  }

  public RunnableCheckBuilder failuresBeforeFailing(int failures) {
    options = options.withThresholds(new Thresholds(failures, 1));
    return this;
  }

  public RunnableCheckBuilder disabled() {
    options = options.disabled();
    return this;
  }

  public RunnableCheckBuilder providedBy(String provider) {
    this.provider = provider;
    return this;
  }

  /** The check, running {@code body} each time (the deadline is not passed on). */
  public RunnableCheck running(Callable<CheckReport> body) {
    return runningUntil(deadline -> body.call());
  }

  public RunnableCheck runningUntil(RunCheckPort runner) {
    return new RunnableCheck(definition, options, provider, runner);
  }

  public RunnableCheck passing() {
    return running(() -> CheckReport.passed("ok"));
  }
}

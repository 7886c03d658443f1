package dev.sessionhost.plugin.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ready {@link CheckContext} built from fixed parts: the host runs checks with it, and plugin
 * authors use it to unit-test their checks with fake probes.
 *
 * <pre>{@code
 * CheckContext context = SimpleCheckContext.forCheck("DiskSpaceCheck")
 *     .settings(Map.of("path", "/", "minFreePercent", 10))
 *     .probe(FileProbe.class, fakeFiles)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe once built. {@link #probe(Class)} throws {@link
 * ProbeUnavailableException} for a probe it was not given.
 *
 * @since 1.0
 */
public final class SimpleCheckContext implements CheckContext {

  private final String checkId;
  private final CheckSettings settings;
  private final Instant deadline;
  private final Clock clock;
  private final Map<Class<? extends Probe>, Probe> probes;
  private final String environment;

  private SimpleCheckContext(Builder builder) {
    this.checkId = builder.checkId;
    this.settings =
        builder.settings != null ? builder.settings : CheckSettings.of(checkId, Map.of());
    this.clock = builder.clock;
    this.deadline =
        builder.deadline != null ? builder.deadline : clock.instant().plus(builder.timeout);
    this.probes = Map.copyOf(builder.probes);
    this.environment = builder.environment;
  }

  /** Starts a context for the check with this id: no settings, system clock, 10 s to run. */
  public static Builder forCheck(String checkId) {
    return new Builder(Arguments.nonBlank(checkId, "checkId"));
  }

  @Override
  public String checkId() {
    return checkId;
  }

  @Override
  public CheckSettings settings() {
    return settings;
  }

  @Override
  public Instant deadline() {
    return deadline;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public <P extends Probe> P probe(Class<P> type) {
    Probe probe = probes.get(Objects.requireNonNull(type, "type"));
    if (probe == null) {
      throw new ProbeUnavailableException(type, environment);
    }
    return type.cast(probe);
  }

  /**
   * Collects the parts of a {@link SimpleCheckContext}.
   *
   * @since 1.0
   */
  public static final class Builder {
    private final String checkId;
    private CheckSettings settings;
    private Clock clock = Clock.systemUTC();
    private Duration timeout = Duration.ofSeconds(10);
    private Instant deadline;
    private final Map<Class<? extends Probe>, Probe> probes = new LinkedHashMap<>();
    private String environment = "test";

    private Builder(String checkId) {
      this.checkId = checkId;
    }

    /** The check's settings, as a YAML or JSON reader would give them. */
    public Builder settings(Map<String, ?> values) {
      this.settings = CheckSettings.of(checkId, values);
      return this;
    }

    /** The check's settings, already wrapped. */
    public Builder settings(CheckSettings checkSettings) {
      this.settings = Objects.requireNonNull(checkSettings, "settings");
      return this;
    }

    /** The clock the check reads; the deadline is taken from it unless set explicitly. */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock");
      return this;
    }

    /** How long from now the check may run (ignored when a deadline is set). */
    public Builder timeout(Duration newTimeout) {
      this.timeout = Objects.requireNonNull(newTimeout, "timeout");
      return this;
    }

    /** The instant by which the check must have returned. */
    public Builder deadline(Instant newDeadline) {
      this.deadline = Objects.requireNonNull(newDeadline, "deadline");
      return this;
    }

    /** Offers a probe of this type to the check. */
    public <P extends Probe> Builder probe(Class<P> type, P probe) {
      probes.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(probe, "probe"));
      return this;
    }

    /** Offers every probe of an environment, keyed by probe interface. */
    public Builder probes(Map<Class<? extends Probe>, ? extends Probe> all) {
      all.forEach(
          (type, probe) -> {
            if (!type.isInstance(probe)) {
              throw new IllegalArgumentException(
                  probe.getClass().getName() + " does not implement " + type.getName());
            }
            probes.put(type, probe);
          });
      return this;
    }

    /** The environment's name, used when a check asks for a probe it does not have. */
    public Builder environment(String name) {
      this.environment = Arguments.nonBlank(name, "environment");
      return this;
    }

    public SimpleCheckContext build() {
      return new SimpleCheckContext(this);
    }
  }
}

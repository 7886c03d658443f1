package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.CheckReport;
import dev.sessionhost.application.port.out.RunCheckPort;
import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Probe;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Runs one plugin's check: hands it a context, runs it with the plugin's class loader as the
 * thread's context class loader, and maps its verdict to a report.
 *
 * <p>A setting the check finds invalid ({@link SettingException}) is a configuration error: the
 * report is unknown, says so, and tells to fix the key in the configuration file rather than giving
 * the check's own remediation. Whatever else the check throws propagates: the executor turns it
 * into an unknown result carrying the reason.
 */
final class PluginCheckRunner implements RunCheckPort {

  private final HealthCheck check;
  private final String checkId;
  private final ClassLoader pluginLoader;
  private final ConfiguredCheck configured;
  private final CheckSettings settings;
  private final boolean verdictMayChooseEffect;
  private final Clock clock;
  private final Map<Class<? extends Probe>, Probe> probes;
  private final String environment;
  private final String configFile;

  PluginCheckRunner(
      HealthCheck check,
      String checkId,
      ClassLoader pluginLoader,
      ConfiguredCheck configured,
      PluginRuntimeOptions options,
      Clock clock) {
    this.check = check;
    this.checkId = checkId;
    this.pluginLoader = pluginLoader;
    this.configured = configured;
    this.settings = CheckSettings.of(checkId, configured.settings());
    this.verdictMayChooseEffect = !configured.operatorChoseEffect();
    this.clock = clock;
    this.probes = options.probes();
    this.environment = options.environmentName();
    this.configFile = options.configFile();
  }

  @Override
  public CheckReport run(Instant deadline) throws Exception {
    CheckContext context =
        SimpleCheckContext.forCheck(checkId)
            .settings(settings)
            .deadline(deadline)
            .clock(clock)
            .probes(probes)
            .environment(environment)
            .build();
    CheckVerdict verdict;
    try {
      verdict = ContextClassLoader.call(pluginLoader, () -> check.run(context));
    } catch (SettingException e) {
      InvalidSetting invalid = InvalidSetting.of(e, checkId, configured);
      return CheckReport.unknown(invalid.resultMessage())
          .withRemediation(invalid.remediation(configFile));
    }
    if (verdict == null) {
      return null;
    }
    CheckReport report = SdkMapping.reportOf(verdict);
    if (verdictMayChooseEffect && verdict.severityOverride().isPresent()) {
      report = report.withEffect(SdkMapping.effectOf(verdict.severityOverride().get()));
    }
    return report;
  }
}

package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A check's settings from the host's configuration, read as typed values with defaults.
 *
 * <p>Every read either returns a value of the asked type or throws a {@link SettingException}
 * naming the check, the key, the expected type and the value found, so an operator can fix the
 * configuration from the message alone. A key that is missing, or whose value is {@code null},
 * yields the default. Settings never change after creation, so they are thread-safe. Reading them
 * at the start of {@link HealthCheck#run} is enough: a bad value then shows as an {@code UNKNOWN}
 * result carrying the message.
 *
 * @since 1.0
 */
public interface CheckSettings {

  /**
   * Creates settings over values as a YAML or JSON reader yields them: texts, numbers, booleans,
   * lists and maps. The values are copied.
   *
   * @param checkId the check the settings belong to, named in error messages
   */
  static CheckSettings of(String checkId, Map<String, ?> values) {
    return new MapCheckSettings(checkId, values);
  }

  /** A text; numbers and booleans are given as written. */
  String string(String key, String defaultValue);

  /** A text that must be present and not blank. */
  String requiredString(String key);

  /** A whole number; a text holding one, such as {@code "3389"}, is accepted. */
  int integer(String key, int defaultValue);

  /** A whole number from {@code min} to {@code max}, both included. */
  int integer(String key, int defaultValue, int min, int max);

  /**
   * A decimal number, such as a threshold {@code maxLoadPerCore: 4.0}; a whole number, or a text
   * holding a number such as {@code "2.5"}, is accepted; infinities and NaN are not.
   *
   * @since 1.2
   */
  default double decimal(String key, double defaultValue) {
    return decimal(key, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE);
  }

  /**
   * A decimal number from {@code min} to {@code max}, both included.
   *
   * @since 1.2
   */
  default double decimal(String key, double defaultValue, double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("min " + min + " is not at most max " + max);
    }
    String text = string(key, null);
    if (text == null) {
      return defaultValue;
    }
    Double number = SettingValues.asDecimal(text);
    if (number == null || number < min || number > max) {
      throw invalid(key, SettingValues.decimalExpected(min, max));
    }
    return number;
  }

  /**
   * A failure effect as operators write it everywhere: {@code UNAVAILABLE}, {@code
   * NEEDS_ASSISTANCE} or {@code NONE}, or the Azure aliases {@code Unhealthy}, {@code
   * NeedsAssistance} and {@code DoNotFail} (see {@link Severity#ofFailureEffect}); given as the
   * severity it means, for {@link CheckDescriptor.Builder#severity} or {@link
   * CheckVerdict#withSeverity}.
   *
   * @since 1.2
   */
  default Severity failureEffect(String key, Severity defaultValue) {
    String text = string(key, null);
    if (text == null) {
      return defaultValue;
    }
    try {
      return Severity.ofFailureEffect(text);
    } catch (IllegalArgumentException e) {
      throw invalid(key, Severity.FAILURE_EFFECTS);
    }
  }

  /** A boolean: {@code true} or {@code false}, also as text in any case. */
  boolean bool(String key, boolean defaultValue);

  /**
   * A duration that is not negative, written as a number with a unit ({@code 500ms}, {@code 10s},
   * {@code 2m}, {@code 1h}, {@code 1d}), as several of them ({@code 1m30s}) or in ISO-8601 ({@code
   * PT10S}). A bare number is rejected: its unit would be a guess.
   */
  Duration duration(String key, Duration defaultValue);

  /**
   * A list of texts; a single text is split at commas, and blank items are dropped from it. Numbers
   * and booleans in the list are given as written.
   */
  List<String> stringList(String key, List<String> defaultValue);

  /**
   * A list of nested settings, e.g. app attach packages {@code [{name, path, failureEffect}]};
   * empty when the key is missing. Errors in a section name the key with its path, such as {@code
   * packages[1].path} (positions count from 0).
   */
  List<CheckSettings> sections(String key);

  /**
   * The nested settings under {@code key}, such as a command check's {@code environment: {PGUSER:
   * monitor}}; empty settings when the key is missing. Errors in them name the key with its path,
   * such as {@code environment.PGUSER}. The host's settings have it; an implementation written for
   * SDK 1.0 or 1.1 does not, and says so.
   *
   * @throws UnsupportedOperationException from an implementation written before SDK 1.2
   * @since 1.2
   */
  default CheckSettings section(String key) {
    throw new UnsupportedOperationException(
        getClass().getName() + " was written before SDK 1.2 and has no nested sections");
  }

  /** Whether the key is present with a value that is not {@code null}. */
  boolean has(String key);

  /** Every key present, in the order configured, including those whose value is {@code null}. */
  Set<String> keys();

  /**
   * Builds the error for a value the check itself found invalid, so that custom validation reads
   * like the built-in one, e.g. {@code throw settings.invalid("url", "an http or https URL")}.
   *
   * @param expected what a valid value looks like, starting with an article
   */
  SettingException invalid(String key, String expected);
}

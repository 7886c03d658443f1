package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Check settings held in a map, as a YAML or JSON reader yields them.
 *
 * <p>The host builds a check's settings with it, and plugin authors use it in tests: {@code
 * CheckSettings.of("MyCheck", Map.of("port", 8080))}. Values may be texts, numbers, booleans, lists
 * and maps (sections), nested freely; they are copied on creation, so the settings are immutable
 * and thread-safe.
 *
 * @since 1.0
 */
public final class MapCheckSettings implements CheckSettings {

  private static final String DURATION =
      "a non-negative duration such as 500ms, 10s, 2m, 1h or PT10S";

  private final String checkId;
  private final String path;
  private final Map<String, Object> values;

  /**
   * Creates settings over a copy of the values.
   *
   * @param checkId the check the settings belong to, named in error messages
   */
  public MapCheckSettings(String checkId, Map<String, ?> values) {
    this(
        Objects.requireNonNull(checkId, "checkId"),
        "",
        SettingValues.copyOf(Objects.requireNonNull(values, "values (use an empty map for none)")));
  }

  private MapCheckSettings(String checkId, String path, Map<String, Object> values) {
    this.checkId = checkId;
    this.path = path;
    this.values = values;
  }

  @Override
  public String string(String key, String defaultValue) {
    Object raw = values.get(key);
    return raw == null ? defaultValue : convert(key, "a text", raw, SettingValues.asText(raw));
  }

  @Override
  public String requiredString(String key) {
    Object raw = values.get(key);
    String text = SettingValues.asText(raw);
    if (text == null || text.isBlank()) {
      throw invalid(key, "a non-empty text");
    }
    return text;
  }

  @Override
  public int integer(String key, int defaultValue) {
    return readInteger(key, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE, "a whole number");
  }

  @Override
  public int integer(String key, int defaultValue, int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    return readInteger(
        key, defaultValue, min, max, "a whole number between " + min + " and " + max);
  }

  private int readInteger(String key, int defaultValue, int min, int max, String expected) {
    Object raw = values.get(key);
    if (raw == null) {
      return defaultValue;
    }
    Long number = convert(key, expected, raw, SettingValues.asWholeNumber(raw));
    if (number < min || number > max) {
      throw invalid(key, expected);
    }
    return number.intValue();
  }

  @Override
  public double decimal(String key, double defaultValue, double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("min " + min + " is not at most max " + max);
    }
    Object raw = values.get(key);
    if (raw == null) {
      return defaultValue;
    }
    String expected = SettingValues.decimalExpected(min, max);
    double number = convert(key, expected, raw, SettingValues.asDecimal(raw));
    if (number < min || number > max) {
      throw invalid(key, expected);
    }
    return number;
  }

  @Override
  public boolean bool(String key, boolean defaultValue) {
    Object raw = values.get(key);
    return raw == null
        ? defaultValue
        : convert(key, "true or false", raw, SettingValues.asBoolean(raw));
  }

  @Override
  public Duration duration(String key, Duration defaultValue) {
    Object raw = values.get(key);
    return raw == null ? defaultValue : convert(key, DURATION, raw, SettingValues.asDuration(raw));
  }

  @Override
  public List<String> stringList(String key, List<String> defaultValue) {
    Object raw = values.get(key);
    if (raw == null) {
      return defaultValue;
    }
    if (raw instanceof String text) {
      return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    List<?> items = convert(key, "a list of texts", raw, raw instanceof List<?> list ? list : null);
    List<String> texts = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      texts.add(convert(key + "[" + i + "]", "a text", item, SettingValues.asText(item)));
    }
    return Collections.unmodifiableList(texts);
  }

  @Override
  public List<CheckSettings> sections(String key) {
    Object raw = values.get(key);
    if (raw == null) {
      return List.of();
    }
    List<?> items =
        convert(key, "a list of sections", raw, raw instanceof List<?> list ? list : null);
    List<CheckSettings> sections = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String itemKey = key + "[" + i + "]";
      Object item = items.get(i);
      @SuppressWarnings("unchecked") // copyOf made every map a Map<String, Object>
      Map<String, Object> section =
          convert(
              itemKey,
              "a section of settings",
              item,
              item instanceof Map ? (Map<String, Object>) item : null);
      sections.add(new MapCheckSettings(checkId, path + itemKey + ".", section));
    }
    return Collections.unmodifiableList(sections);
  }

  @Override
  public CheckSettings section(String key) {
    Object raw = values.get(key);
    @SuppressWarnings("unchecked") // copyOf made every map a Map<String, Object>
    Map<String, Object> section =
        raw == null
            ? Map.of()
            : convert(
                key,
                "a section of settings",
                raw,
                raw instanceof Map ? (Map<String, Object>) raw : null);
    return new MapCheckSettings(checkId, path + key + ".", section);
  }

  @Override
  public boolean has(String key) {
    return values.get(key) != null;
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  @Override
  public SettingException invalid(String key, String expected) {
    return new SettingException(checkId, path + key, expected, values.get(key));
  }

  @Override
  public String toString() {
    return "settings of " + checkId + (path.isEmpty() ? "" : " at " + path) + " " + values;
  }

  /** Returns the converted value, or reports the raw one when conversion gave nothing. */
  private <T> T convert(String key, String expected, Object raw, T converted) {
    if (converted == null) {
      throw new SettingException(checkId, path + key, expected, raw);
    }
    return converted;
  }
}

package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapCheckSettingsDecimalTest {

  private static CheckSettings settings(Map<String, ?> values) {
    return CheckSettings.of("LoadCheck", values);
  }

  @Test
  void decimalsAreReadFromEveryKindOfNumberAndFromTextHoldingOne() {
    CheckSettings settings =
        settings(
            Map.of(
                "double",
                4.0,
                "whole",
                3,
                "big",
                new BigDecimal("2.25"),
                "text",
                " 1.5 ",
                "exponent",
                "1e3"));

    assertThat(settings.decimal("double", 0)).isEqualTo(4.0);
    assertThat(settings.decimal("whole", 0)).isEqualTo(3.0);
    assertThat(settings.decimal("big", 0)).isEqualTo(2.25);
    assertThat(settings.decimal("text", 0)).isEqualTo(1.5);
    assertThat(settings.decimal("exponent", 0)).isEqualTo(1000.0);
    assertThat(settings.decimal("missing", 0.75)).isEqualTo(0.75);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x10", "4.0d", "four", ""})
  void aTextThatIsNoFiniteDecimalIsRejectedNamingKeyAndValue(String text) {
    assertThatThrownBy(() -> settings(Map.of("maxLoadPerCore", text)).decimal("maxLoadPerCore", 4))
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("setting 'maxLoadPerCore' of LoadCheck: expected a number, found");
  }

  @Test
  void aNonFiniteNumberAndAListAreRejected() {
    assertThatThrownBy(() -> settings(Map.of("x", Double.POSITIVE_INFINITY)).decimal("x", 1))
        .isInstanceOf(SettingException.class);
    assertThatThrownBy(() -> settings(Map.of("x", List.of(1.0))).decimal("x", 1))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("expected a number");
  }

  @Test
  void boundsAreInclusiveAndNamedWhenMissed() {
    assertThat(settings(Map.of("x", 0.5)).decimal("x", 1, 0.5, 8)).isEqualTo(0.5);
    assertThat(settings(Map.of("x", 8)).decimal("x", 1, 0.5, 8)).isEqualTo(8.0);
    assertThatThrownBy(() -> settings(Map.of("x", 8.01)).decimal("x", 1, 0.5, 8))
        .isInstanceOf(SettingException.class)
        .hasMessageEndingWith("expected a number from 0.5 to 8, found 8.01");
  }

  @Test
  void boundsThatCannotHoldAnyValueAreTheCallersMistake() {
    assertThatThrownBy(() -> settings(Map.of()).decimal("x", 1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings(Map.of()).decimal("x", 1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherImplementationOfTheInterfaceGetsDecimalsFromItsTextByDefault() {
    CheckSettings byText =
        new CheckSettings() {
          @Override
          public String string(String key, String defaultValue) {
            return key.equals("x") ? "2.5" : defaultValue;
          }

          @Override
          public String requiredString(String key) {
            throw new UnsupportedOperationException();
          }

          @Override
          public int integer(String key, int defaultValue) {
            throw new UnsupportedOperationException();
          }

          @Override
          public int integer(String key, int defaultValue, int min, int max) {
            throw new UnsupportedOperationException();
          }

          @Override
          public boolean bool(String key, boolean defaultValue) {
            throw new UnsupportedOperationException();
          }

          @Override
          public java.time.Duration duration(String key, java.time.Duration defaultValue) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<String> stringList(String key, List<String> defaultValue) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<CheckSettings> sections(String key) {
            throw new UnsupportedOperationException();
          }

          @Override
          public boolean has(String key) {
            return key.equals("x");
          }

          @Override
          public Set<String> keys() {
            return Set.of("x");
          }

          @Override
          public SettingException invalid(String key, String expected) {
            return new SettingException("Fake", key, expected, "?");
          }
        };

    assertThat(byText.decimal("x", 0)).isEqualTo(2.5);
    assertThat(byText.decimal("y", 0.25, 0, 1)).isEqualTo(0.25);
    assertThatThrownBy(() -> byText.decimal("x", 0, 0, 1)).isInstanceOf(SettingException.class);
  }
}

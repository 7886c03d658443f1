package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapCheckSettingsTest {

  private static CheckSettings settings(Map<String, ?> values) {
    return CheckSettings.of("SxSStackListenerCheck", values);
  }

  @Test
  void missingOrNullKeysYieldTheDefaults() {
    Map<String, Object> values = new HashMap<>();
    values.put("port", null);
    CheckSettings settings = settings(values);

    assertThat(settings.integer("port", 3389)).isEqualTo(3389);
    assertThat(settings.string("name", "xrdp")).isEqualTo("xrdp");
    assertThat(settings.bool("enabled", true)).isTrue();
    assertThat(settings.has("port")).isFalse();
    assertThat(settings.keys()).containsExactly("port");
  }

  @Test
  void integersAreReadFromNumbersAndFromTextHoldingThem() {
    CheckSettings settings =
        settings(
            Map.of(
                "int",
                3389,
                "long",
                3390L,
                "text",
                " 3391 ",
                "whole",
                3392.0,
                "big",
                BigInteger.valueOf(3393),
                "decimal",
                new BigDecimal("3394.00")));

    assertThat(settings.integer("int", 0)).isEqualTo(3389);
    assertThat(settings.integer("long", 0)).isEqualTo(3390);
    assertThat(settings.integer("text", 0)).isEqualTo(3391);
    assertThat(settings.integer("whole", 0)).isEqualTo(3392);
    assertThat(settings.integer("big", 0)).isEqualTo(3393);
    assertThat(settings.integer("decimal", 0)).isEqualTo(3394);
  }

  @Test
  void aNonNumberIsRejectedNamingCheckKeyExpectedTypeAndValue() {
    assertThatThrownBy(() -> settings(Map.of("port", "abc")).integer("port", 3389, 1, 65535))
        .isInstanceOf(SettingException.class)
        .hasMessage(
            "setting 'port' of SxSStackListenerCheck: expected a whole number between 1 and 65535,"
                + " found \"abc\"");
  }

  @Test
  void aNumberOutsideTheRangeIsRejectedShowingTheNumber() {
    assertThatThrownBy(() -> settings(Map.of("port", 70000)).integer("port", 3389, 1, 65535))
        .isInstanceOf(SettingException.class)
        .hasMessageEndingWith("expected a whole number between 1 and 65535, found 70000");
    assertThat(settings(Map.of("port", 65535)).integer("port", 3389, 1, 65535)).isEqualTo(65535);
    assertThat(settings(Map.of("port", "1")).integer("port", 3389, 1, 65535)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.5", "1e3", "", "3389 tcp", "99999999999"})
  void textThatIsNotAnIntWithinRangeIsRejected(String value) {
    assertThatThrownBy(() -> settings(Map.of("port", value)).integer("port", 1))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("expected a whole number, found \"" + value + "\"");
  }

  @Test
  void fractionalAndTooLargeNumbersAreNotWholeNumbers() {
    CheckSettings settings = settings(Map.of("half", 3.5, "huge", 1L << 40, "inf", Double.NaN));

    assertThatThrownBy(() -> settings.integer("half", 0)).hasMessageEndingWith("found 3.5");
    assertThatThrownBy(() -> settings.integer("huge", 0))
        .hasMessageEndingWith("found 1099511627776");
    assertThatThrownBy(() -> settings.integer("inf", 0)).hasMessageEndingWith("found NaN");
  }

  @Test
  void booleansAreReadFromBooleansAndFromTrueOrFalseInAnyCase() {
    CheckSettings settings = settings(Map.of("a", true, "b", "FALSE", "c", " True "));

    assertThat(settings.bool("a", false)).isTrue();
    assertThat(settings.bool("b", true)).isFalse();
    assertThat(settings.bool("c", false)).isTrue();
  }

  @Test
  void anythingElseIsNotABoolean() {
    assertThatThrownBy(() -> settings(Map.of("bypassProxy", "yes")).bool("bypassProxy", false))
        .isInstanceOf(SettingException.class)
        .hasMessage(
            "setting 'bypassProxy' of SxSStackListenerCheck: expected true or false, found \"yes\"");
    assertThatThrownBy(() -> settings(Map.of("bypassProxy", 1)).bool("bypassProxy", false))
        .hasMessageEndingWith("found 1");
  }

  @Test
  void stringsAcceptScalarsAsWritten() {
    CheckSettings settings =
        settings(
            Map.of("text", "v", "number", 2021, "flag", false, "decimal", new BigDecimal("1E+3")));

    assertThat(settings.string("text", null)).isEqualTo("v");
    assertThat(settings.string("number", null)).isEqualTo("2021");
    assertThat(settings.string("flag", null)).isEqualTo("false");
    assertThat(settings.string("decimal", null)).isEqualTo("1000");
  }

  @Test
  void aListOrSectionIsNotAString() {
    CheckSettings settings = settings(Map.of("list", List.of("a", "b"), "map", Map.of("k", "v")));

    assertThatThrownBy(() -> settings.string("list", "x"))
        .hasMessageEndingWith("expected a text, found a list of 2 items");
    assertThatThrownBy(() -> settings.string("map", "x"))
        .hasMessageEndingWith("expected a text, found a section with keys [k]");
  }

  @Test
  void requiredStringsMustBePresentAndNotBlank() {
    CheckSettings settings = settings(Map.of("endpoint", "  "));

    assertThat(settings(Map.of("endpoint", "http://x")).requiredString("endpoint"))
        .isEqualTo("http://x");
    assertThatThrownBy(() -> settings.requiredString("endpoint"))
        .hasMessage(
            "setting 'endpoint' of SxSStackListenerCheck: expected a non-empty text, found \"  \"");
    assertThatThrownBy(() -> settings.requiredString("missing"))
        .hasMessageEndingWith("expected a non-empty text, found nothing");
  }

  @Test
  void theExceptionExposesItsParts() {
    SettingException error =
        (SettingException) catchThrowable(() -> settings(Map.of("port", "abc")).integer("port", 1));

    assertThat(error.checkId()).isEqualTo("SxSStackListenerCheck");
    assertThat(error.key()).isEqualTo("port");
    assertThat(error.expected()).isEqualTo("a whole number");
    assertThat(error.found()).isEqualTo("\"abc\"");
    assertThat(error).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longOrMultilineValuesAreShownShortAndOnOneLine() {
    SettingException error = new SettingException("C", "k", "a text", "x".repeat(200) + "\n\"");
    SettingException multiline = new SettingException("C", "k", "a text", "a\n\"b\"");

    assertThat(error.found()).hasSize(80 + 2 + 3);
    assertThat(multiline.found()).isEqualTo("\"a\\n\\\"b\\\"\"");
  }

  @Test
  void checksReportTheirOwnValidationInTheSameShape() {
    CheckSettings settings = settings(Map.of("url", "ftp://x"));

    assertThat(settings.invalid("url", "an http or https URL"))
        .hasMessage(
            "setting 'url' of SxSStackListenerCheck: expected an http or https URL, found"
                + " \"ftp://x\"");
  }

  @Test
  void valuesAreCopiedSoLaterChangesDoNotShow() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("port", 1);
    CheckSettings settings = settings(values);

    values.put("port", 2);
    values.put("other", 3);

    assertThat(settings.integer("port", 0)).isEqualTo(1);
    assertThat(settings.keys()).containsExactly("port");
  }
}

package dev.sessionhost.support.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {

  private static final List<String> KEYS =
      List.of("name", "port", "size", "on", "path", "list", "inner", "effect");

  private static Section section(String yaml) {
    YamlNode root = YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml").orElseThrow();
    return Section.of("x.yaml", "top", root, KEYS);
  }

  private static LocatedException errorOf(Runnable read) {
    return catchThrowableOfType(LocatedException.class, read::run);
  }

  @Test
  void anUnknownKeyIsRejectedAtTheKeyWithTheKnownOnes() {
    assertThat(errorOf(() -> section("name: a\nprot: 1\n")))
        .hasMessage(
            "x.yaml:2:1: top.prot: unknown key (known: name, port, size, on, path, list, inner,"
                + " effect)");
  }

  @Test
  void aValueOfTheWrongShapeSaysWhatWasExpected() {
    assertThat(errorOf(() -> section("- a\n")))
        .hasMessage(
            "x.yaml:1:1: top: expected a section of keys (name, port, size, on, path, list,"
                + " inner, effect), found a list");
    assertThat(errorOf(() -> section("inner: 5\n").section("inner", List.of())))
        .hasMessage("x.yaml:1:8: top.inner: expected a section, found 5");
  }

  @Test
  void aKeyWithoutAValueKeepsTheDefault() {
    Section s = section("name:\nport: null\ninner:\n");

    assertThat(s.text("name")).isEmpty();
    assertThat(s.integer("port", 1, 9)).isEmpty();
    assertThat(s.section("inner", List.of("x")).entries()).isEmpty();
    assertThat(s.section("list", List.of("x")).path()).isEqualTo("top.list");
  }

  @Test
  void textIsStrictWhereWrittenTextTakesScalarsAsWritten() {
    Section s = section("name: 404\non: \"\"\n");

    assertThat(errorOf(() -> s.text("name")))
        .hasMessage("x.yaml:1:7: top.name: expected a text, found 404");
    assertThat(s.writtenText("name")).contains("404");
    assertThat(s.text("on")).isEmpty();
    assertThat(s.writtenText("on")).contains("");
  }

  @Test
  void booleansAreTrueOrFalseAlsoInQuotes() {
    assertThat(section("on: \"TRUE\"\n").bool("on")).contains(true);
    assertThat(errorOf(() -> section("on: yes\n").bool("on")))
        .hasMessage("x.yaml:1:5: top.on: expected true or false, found \"yes\"");
  }

  @Test
  void wholeNumbersAreCheckedAgainstTheirRangeAndNeverCut() {
    assertThat(section("port: 80\n").integer("port", 1, 65535)).contains(80);
    assertThat(errorOf(() -> section("port: 0\n").integer("port", 1, 65535)).problem())
        .isEqualTo("expected a whole number from 1 to 65535, found 0");
    assertThat(errorOf(() -> section("port: 80.5\n").integer("port", 1, 65535)).problem())
        .isEqualTo("expected a whole number from 1 to 65535, found 80.5");
    assertThat(errorOf(() -> section("port: \"80\"\n").integer("port", 1, 65535)).problem())
        .isEqualTo("expected a whole number from 1 to 65535, found \"80\" (in quotes)");
    assertThat(
            errorOf(() -> section("size: 99999999999999999999\n").whole("size", 0, Long.MAX_VALUE))
                .problem())
        .isEqualTo(
            "expected a whole number from 0 to 9223372036854775807, found 99999999999999999999");
    assertThat(
            errorOf(() -> section("size: x\n").whole("size", Long.MIN_VALUE, Long.MAX_VALUE))
                .problem())
        .isEqualTo("expected a whole number, found \"x\"");
  }

  @Test
  void aParsedValueCarriesTheParsersWordsAndAPathIsResolved() {
    assertThat(section("effect: fatal\n").parsed("effect", String::toUpperCase)).contains("FATAL");
    assertThat(
            errorOf(
                    () ->
                        section("effect: odd\n")
                            .parsed(
                                "effect",
                                text -> {
                                  throw new IllegalArgumentException("expected fatal, found odd");
                                }))
                .getMessage())
        .isEqualTo("x.yaml:1:9: top.effect: expected fatal, found odd");
    assertThat(
            errorOf(() -> section("effect: 3\n").parsed("effect", t -> t, "a duration")).problem())
        .isEqualTo("expected a duration, found 3");
    assertThat(section("path: sub/../dir\n").path("path", Path.of("/base")))
        .contains(Path.of("/base/dir"));
  }

  @Test
  void anErrorAboutAKeyIsAtTheKeyWhenWrittenElseAtTheSection() {
    Section inner = section("name: a\ninner:\n  x: 1\n").section("inner", List.of());

    assertThat(inner.error("x", "not allowed here"))
        .hasMessage("x.yaml:3:3: top.inner.x: not allowed here");
    assertThat(inner.error("y", "is required")).hasMessage("x.yaml:3:3: top.inner.y: is required");
    assertThat(inner.error("", "is empty")).hasMessage("x.yaml:3:3: top.inner: is empty");
  }

  @Test
  void theItemsOfAListAreReadOneByOneWithTheirPaths() {
    Section s = section("list: [a, 5]\nname: a\n");
    List<YamlNode> items =
        Values.items("x.yaml", s.pathOf("list"), s.value("list").get(), "a list");

    assertThat(Values.text("x.yaml", KeyPath.item(s.pathOf("list"), 0), items.get(0)))
        .isEqualTo("a");
    assertThat(
            errorOf(() -> Values.text("x.yaml", KeyPath.item(s.pathOf("list"), 1), items.get(1))))
        .hasMessage("x.yaml:1:11: top.list[1]: expected a text, found 5");
    assertThat(errorOf(() -> Values.items("x.yaml", "top.name", s.value("name").get(), "a list")))
        .hasMessage("x.yaml:2:7: top.name: expected a list, found \"a\"");
  }
}

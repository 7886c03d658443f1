package dev.sessionhost.support.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private static YamlNode read(String yaml) {
    return YamlReader.read(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml").orElseThrow();
  }

  private static LocatedException errorOf(String yaml) {
    return catchThrowableOfType(LocatedException.class, () -> read(yaml));
  }

  @Test
  void keysAndValuesRememberTheirLineAndColumn() {
    YamlNode.Mapping root = (YamlNode.Mapping) read("agent:\n  port: 8765\n  bind: [a, b]\n");
    YamlNode.Entry agent = root.entry("agent");
    YamlNode.Mapping section = (YamlNode.Mapping) agent.value();
    YamlNode.Entry port = section.entry("port");
    YamlNode.Sequence bind = (YamlNode.Sequence) section.entry("bind").value();

    assertThat(List.of(agent.line(), agent.column())).containsExactly(1, 1);
    assertThat(List.of(port.line(), port.column())).containsExactly(2, 3);
    assertThat(List.of(port.value().line(), port.value().column())).containsExactly(2, 9);
    assertThat(((YamlNode.Scalar) port.value()).value()).isEqualTo(8765);
    assertThat(List.of(bind.items().get(1).line(), bind.items().get(1).column()))
        .containsExactly(3, 13);
  }

  @Test
  void scalarsKeepTheirTypes() {
    YamlNode.Mapping root = (YamlNode.Mapping) read("a: x\nb: 5\nc: true\nd:\ne: \"\"\nf: 1.5\n");

    assertThat(value(root, "a")).isEqualTo("x");
    assertThat(value(root, "b")).isEqualTo(5);
    assertThat(value(root, "c")).isEqualTo(Boolean.TRUE);
    assertThat(value(root, "d")).isNull();
    assertThat(value(root, "e")).isEqualTo("");
    assertThat(value(root, "f")).isEqualTo(1.5);
    assertThat(((YamlNode.Scalar) root.entry("d").value()).isEmpty()).isTrue();
    assertThat(((YamlNode.Scalar) root.entry("e").value()).isEmpty()).isTrue();
  }

  @Test
  void binaryIsKeptAsTheBase64ItWasWrittenIn() {
    assertThat(value((YamlNode.Mapping) read("a: !!binary aGVsbG8=\n"), "a")).isEqualTo("aGVsbG8=");
  }

  @Test
  void aDocumentOfCommentsOnlyIsEmpty() {
    assertThat(YamlReader.read("# nothing\n\n".getBytes(StandardCharsets.UTF_8), "x.yaml"))
        .isEmpty();
  }

  @Test
  void aKeyWrittenTwiceIsRejectedAtTheSecondWithTheLineOfTheFirst() {
    assertThat(errorOf("a:\n  b: 1\n  c: 2\n  b: 3\n"))
        .hasMessage("x.yaml:4:3: a.b: duplicate key (first written on line 2)");
  }

  @Test
  void anAliasIsRejectedAtItsKeyRatherThanReadAsText() {
    LocatedException e = errorOf("a: &x 1\nb: *x\n");

    assertThat(e.key()).isEqualTo("b");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("aliases ('*x') are not supported: write the value");
  }

  @Test
  void aSecondDocumentIsRejectedWhereItStarts() {
    assertThat(errorOf("a: 1\n---\nb: 2\n"))
        .hasMessage("x.yaml:3:1: a second YAML document ('---'): write one document only");
  }

  @Test
  void aSyntaxErrorIsPlacedByTheYamlParsersOwnMark() {
    LocatedException e = errorOf("a:\n\tb: 1\n");

    assertThat(List.of(e.line(), e.column())).containsExactly(2, 1);
    assertThat(e.key()).isEmpty();
    assertThat(e.problem()).startsWith("not valid YAML: ").contains("TAB");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void aParserLimitNamesTheKeyWhoseValuePassedIt() {
    LocatedException deep = errorOf("a:\n  b: " + "[".repeat(600) + "]".repeat(600) + "\n");
    LocatedException digits = errorOf("a:\n  - n: " + "9".repeat(1200) + "\n");

    assertThat(deep.key()).isEqualTo("a.b");
    assertThat(deep.line()).isEqualTo(2);
    assertThat(deep.problem()).startsWith("not valid YAML: Document nesting depth (501) exceeds");
    assertThat(digits)
        .hasMessage("x.yaml:2:8: a[0].n: a number too long to read: write at most 1000 digits");
  }

  @Test
  void aTextThatWouldReadAsANumberOrBooleanIsDescribedAsQuoted() {
    YamlNode.Mapping root = (YamlNode.Mapping) read("a: \"3389\"\nb: \"yes\"\nc: \"true\"\nd: 7\n");

    assertThat(root.entry("a").value().describe()).isEqualTo("\"3389\" (in quotes)");
    assertThat(root.entry("b").value().describe()).isEqualTo("\"yes\"");
    assertThat(root.entry("c").value().describe()).isEqualTo("\"true\" (in quotes)");
    assertThat(root.entry("d").value().describe()).isEqualTo("7");
    assertThat(read("- 1\n").describe()).isEqualTo("a list");
    assertThat(read("a: 1\n").describe()).isEqualTo("a section of keys");
  }

  private static Object value(YamlNode.Mapping mapping, String key) {
    return ((YamlNode.Scalar) mapping.entry(key).value()).value();
  }
}

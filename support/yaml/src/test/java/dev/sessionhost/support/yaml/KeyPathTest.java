package dev.sessionhost.support.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPathTest {

  @Test
  void plainKeysAreDottedAndIndicesBracketed() {
    assertThat(KeyPath.child("", "checks")).isEqualTo("checks");
    assertThat(KeyPath.child("checks", "HttpProbe.get")).isEqualTo("checks.HttpProbe.get");
    assertThat(KeyPath.item(KeyPath.child("", "listeners"), 2)).isEqualTo("listeners[2]");
  }

  @Test
  void aKeyThatIsNotAPlainNameIsQuotedInBrackets() {
    assertThat(KeyPath.child("files", "/srv/a.vhdx")).isEqualTo("files[\"/srv/a.vhdx\"]");
    assertThat(KeyPath.child("", "a b")).isEqualTo("[\"a b\"]");
    assertThat(KeyPath.of("http", "http://x/", "status")).isEqualTo("http[\"http://x/\"].status");
    assertThat(KeyPath.of("listeners", 0, "port")).isEqualTo("listeners[0].port");
  }

  @Test
  void stepsReadBackWhatThePathsWrite() {
    assertThat(KeyPath.steps("commandChecks[0].environment.PATH"))
        .containsExactly("commandChecks", 0, "environment", "PATH");
    assertThat(KeyPath.steps(KeyPath.of("files", "/srv/a.vhdx", "size")))
        .containsExactly("files", "/srv/a.vhdx", "size");
    assertThat(KeyPath.steps("")).isEmpty();
  }
}

package dev.sessionhost.plugins.commandchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginOutputTest {

  @Test
  void splitsMessageLongTextAndPerfDataOfTheMultiLineForm() {
    PluginOutput output =
        PluginOutput.parse(
            "DISK OK | /=1MB\nline two\nline three | /boot=2MB\n/home=3MB\n\n/var=4MB\n");

    assertThat(output.message()).isEqualTo("DISK OK");
    assertThat(output.longText()).isEqualTo("line two\nline three");
    assertThat(output.perfData()).containsExactly(" /=1MB", " /boot=2MB", "/home=3MB", "/var=4MB");
  }

  @Test
  void aSingleLineWithoutPerfDataIsAllMessage() {
    PluginOutput output = PluginOutput.parse("TCP OK - 0.000 second response time on port 22");

    assertThat(output.message()).isEqualTo("TCP OK - 0.000 second response time on port 22");
    assertThat(output.longText()).isEmpty();
    assertThat(output.perfData()).isEmpty();
  }

  @Test
  void noOutputHasNoParts() {
    assertThat(PluginOutput.parse("")).isEqualTo(new PluginOutput("", "", List.of()));
  }
}

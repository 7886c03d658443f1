package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.adapter.in.cli.TextTable.Column;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTableTest {

  private static final String LONG =
      "Every service address the host needs can be reached, wildcard entries are not tried, and"
          + " each answers within its own timeout.";

  private static TextTable longTable() {
    return TextTable.of(Column.of("ID"), Column.of("NAME"), Column.wrapping("TEXT"))
        .addRow("1", "UrlsAccessibleCheck", LONG)
        .addRow("22", "MonitoringAgentCheck", LONG + " " + LONG);
  }

  @Test
  void alignsColumnsWhenEverythingFits() {
    TextTable table =
        TextTable.of(Column.of("ID"), Column.of("NAME"), Column.wrapping("TEXT"))
            .addRow("1", "alpha", "short")
            .addRow("22", "b", "x");

    assertThat(table.render(80))
        .containsExactly("ID  NAME   TEXT", "1   alpha  short", "22  b      x");
  }

  @ParameterizedTest
  @ValueSource(ints = {30, 40, 50, 60, 80, 120})
  void keepsEveryLineWithinTheWidth(int width) {
    List<String> lines = longTable().render(width);

    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    assertThat(lines.size()).isGreaterThan(3);
  }

  @Test
  void narrowsTheWrappingColumnAndKeepsTheOthersWhole() {
    List<String> lines = longTable().render(60);

    assertThat(lines.get(0)).startsWith("ID  NAME                  TEXT");
    assertThat(lines).anyMatch(line -> line.startsWith("22  MonitoringAgentCheck  Every"));
    // the wrapped text lost no word and split none
    String words = String.join(" ", lines).replaceAll("\\s+", " ");
    assertThat(words).contains("each answers within its own timeout.");
    assertThat(Arrays.asList(words.split(" "))).contains("wildcard", "reached,", "address");
  }

  @Test
  void separatesRowsWithABlankLineOnlyWhenARowWraps() {
    assertThat(longTable().render(60)).contains("");

    TextTable compact =
        TextTable.of(Column.of("A"), Column.wrapping("B")).addRow("1", "x").addRow("2", "y");
    assertThat(compact.render(60)).doesNotContain("");
  }

  @Test
  void splitsAWordOnlyWhenItIsLongerThanItsColumn() {
    List<String> lines =
        TextTable.of(Column.of("K"), Column.of("V"))
            .addRow("=", "abcdefghijklmnopqrstuvwxyz")
            .render(10);

    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(10));
    assertThat(String.join("", lines).replaceAll("[\\sKV=]", ""))
        .isEqualTo("abcdefghijklmnopqrstuvwxyz");
  }

  @Test
  void printsBlankCellsForNulls() {
    assertThat(TextTable.of(Column.of("A"), Column.of("B")).addRow(null, "b").render(40))
        .containsExactly("A  B", "   b");
  }

  @Test
  void rejectsARowWithTheWrongNumberOfCells() {
    TextTable table = TextTable.of(Column.of("A"), Column.of("B"));

    assertThatThrownBy(() -> table.addRow("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 cells");
  }
}

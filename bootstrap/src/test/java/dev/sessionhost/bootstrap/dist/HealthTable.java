package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code sessionhost check} printed as a table, read back: the status line and one row per
 * check. Rows are only one line each when the table is wide enough, so run the command with a large
 * {@code COLUMNS}.
 */
public final class HealthTable {

  /** One check's row: its result and the rest of the line (effect, duration, message). */
  public record Row(String result, String rest) {}

  private static final Pattern STATUS = Pattern.compile("(?m)^Status: (\\w+) ");
  private static final Pattern ROW =
      Pattern.compile("(?m)^([A-Za-z][\\w.-]*) {2,}(Succeeded|Failed|Unknown) {2,}(.*)$");

  private final String status;
  private final Map<String, Row> rows;

  private HealthTable(String status, Map<String, Row> rows) {
    this.status = status;
    this.rows = rows;
  }

  /** Reads the table; fails the test when there is no status line. */
  public static HealthTable parse(String output) {
    Matcher status = STATUS.matcher(output);
    assertThat(status.find()).as("a status line in:%n%s", output).isTrue();
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(output);
    while (row.find()) {
      rows.put(row.group(1), new Row(row.group(2), row.group(3)));
    }
    return new HealthTable(status.group(1), rows);
  }

  /** The host's status, such as {@code Available}. */
  public String status() {
    return status;
  }

  /** Every check's row by check id, in the order printed. */
  public Map<String, Row> rows() {
    return rows;
  }

  /** Every check's result by check id. */
  public Map<String, String> results() {
    Map<String, String> results = new LinkedHashMap<>();
    rows.forEach((id, row) -> results.put(id, row.result()));
    return results;
  }
}

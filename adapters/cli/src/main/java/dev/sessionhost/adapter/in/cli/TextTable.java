package dev.sessionhost.adapter.in.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Lays out rows of text in aligned columns that fit a given width.
 *
 * <p>When the natural layout is too wide, the {@linkplain Column#wrapping wrapping} columns are
 * narrowed first, widest first, down to {@value #WRAPPING_FLOOR} characters; only then are the
 * others narrowed, down to {@value #ANY_FLOOR}. Text breaks between words and splits a word only
 * when it is longer than its column. Rows are separated by a blank line when any row takes more
 * than one line, so a wrapped row stays readable.
 */
public final class TextTable {

  private static final String GAP = "  ";
  private static final int WRAPPING_FLOOR = 12;
  private static final int ANY_FLOOR = 4;

  /** A column: its header and whether it is the first to wrap when space runs out. */
  public record Column(String header, boolean wraps) {

    public Column {
      Objects.requireNonNull(header, "header");
    }

    /** A column that keeps its width as long as the wrapping columns can give way. */
    public static Column of(String header) {
      return new Column(header, false);
    }

    /** A column of running text that wraps first. */
    public static Column wrapping(String header) {
      return new Column(header, true);
    }
  }

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(List<Column> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  public static TextTable of(Column... columns) {
    return new TextTable(List.of(columns));
  }

  /** Adds a row; null cells print as blanks. */
  public TextTable addRow(String... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row of this table has " + columns.size() + " cells, not " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
    return this;
  }

  /** The table's lines, header first, each within {@code width} whenever the columns allow it. */
  public List<String> render(int width) {
    int[] widths = widths(width);
    List<List<String>> renderedRows = new ArrayList<>();
    for (List<String> row : rows) {
      renderedRows.add(layout(row, widths));
    }
    boolean spaced = renderedRows.stream().anyMatch(lines -> lines.size() > 1);
    List<String> out =
        new ArrayList<>(layout(columns.stream().map(Column::header).toList(), widths));
    for (List<String> lines : renderedRows) {
      if (spaced) {
        out.add("");
      }
      out.addAll(lines);
    }
    return out;
  }

  private int[] widths(int width) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).header().length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    int budget = width - GAP.length() * (widths.length - 1);
    narrow(widths, budget, i -> columns.get(i).wraps(), WRAPPING_FLOOR);
    narrow(widths, budget, i -> true, ANY_FLOOR);
    return widths;
  }

  /** Takes one character at a time from the widest eligible column until the budget is met. */
  private static void narrow(int[] widths, int budget, IntPredicate eligible, int floor) {
    while (Arrays.stream(widths).sum() > budget) {
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        if (eligible.test(i) && widths[i] > floor && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
    }
  }

  private static List<String> layout(List<String> cells, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 0;
    for (int i = 0; i < widths.length; i++) {
      List<String> lines = TextWrap.wrap(cells.get(i), widths[i]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    List<String> out = new ArrayList<>(height);
    for (int line = 0; line < height; line++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
        text.append(part).append(" ".repeat(widths[i] - part.length()));
        if (i < widths.length - 1) {
          text.append(GAP);
        }
      }
      out.add(text.toString().stripTrailing());
    }
    return out;
  }
}

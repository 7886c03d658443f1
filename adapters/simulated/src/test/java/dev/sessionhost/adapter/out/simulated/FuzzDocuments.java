package dev.sessionhost.adapter.out.simulated;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes YAML documents for a fuzz pass, the same ones on every run for the same seed: real files
 * mutated (wrong types, huge numbers, duplicate and unknown keys, tabs, anchors, truncation, odd
 * bytes and encodings), documents generated from the reader's key names, and fixed oddities (empty,
 * binary, deeply nested, very long lines).
 */
public final class FuzzDocuments {

  /** One document: a name that says how it was made, and its bytes. */
  public record Document(String name, byte[] content) {}

  private static final String DIGITS = "9".repeat(1200);

  private static final List<String> VALUES =
      List.of(
          "[]",
          "{}",
          "[1, 2]",
          "{a: 1}",
          "[{x: [y]}]",
          "~",
          "null",
          "\"\"",
          "''",
          "true",
          "no",
          "yes",
          "0",
          "-1",
          "65536",
          "2147483648",
          "9223372036854775808",
          "-9223372036854775809",
          DIGITS,
          "-" + DIGITS,
          "1." + DIGITS,
          "1e309",
          "-1e309",
          "1.5",
          ".inf",
          "-.inf",
          ".nan",
          "0x1F",
          "0o17",
          "0b101",
          "1_000",
          "9999999999999999999d",
          "PT9999999999999999999S",
          "P999999999D",
          "106751991167301d",
          "9223372036854775807ms",
          "999999999h",
          "-5s",
          "0s",
          "1m30",
          "!!binary aGVsbG8=",
          "!!binary \"@@@\"",
          "!!str 5",
          "!!int \"x\"",
          "!!float x",
          "!!map {}",
          "!!set {a}",
          "!!omap [a: 1]",
          "!custom x",
          "!<tag:x> y",
          "!!timestamp 2001-12-14",
          "2001-12-14t21:59:43.10-05:00",
          "\"\\0\"",
          "\"\\x00\"",
          "\"\\uD800\"",
          "\"\\U0010FFFF\"",
          "\"\\q\"",
          "|\n  block\n",
          ">-\n  folded\n",
          "\"a\\nb\"",
          "&x y",
          "*undefined",
          "*x",
          "http://",
          "http://[::1",
          "https://h:99999/",
          "jdbc:postgresql:",
          "\"/a\\0b\"",
          "\"..\\\\..\\\\\"",
          "%",
          "@x",
          "`x`",
          "'unterminated",
          "\"unterminated",
          "[unclosed",
          "{unclosed",
          "a: b: c",
          "- item",
          "? x",
          "x".repeat(20_000),
          "\u00e9\u4e2d\ud83d\ude00",
          "\t",
          "NEEDS_ASSISTANCE",
          "simulated",
          "true # c",
          "{ ? [a] : b }",
          "[a, [b, {c: *x}]]");

  private static final List<String> ODD =
      List.of(
          "\t", "\u0000", "\u0007", "\u00a0", "\ufeff", "\u2028", "\u0085", "\r", "\r\n", "\"", "'",
          "{", "}", "[", "]", "&", "*", "!", "%", "@", "`", "|", ">", "-", "?", ":", "#", "\n---\n",
          "\n...\n", "\ud800", "\\", ",");

  private final Random random;
  private final List<String> seeds;
  private final List<String> keys;

  /**
   * @param seed the random seed: the same seed gives the same documents
   * @param seeds real documents to mutate
   * @param keys key names the reader knows, for generated documents
   */
  public FuzzDocuments(long seed, List<String> seeds, List<String> keys) {
    this.random = new Random(seed);
    this.seeds = List.copyOf(seeds);
    this.keys = List.copyOf(keys);
  }

  /** The seeds, the fixed oddities, then {@code count} mutated and generated documents. */
  public List<Document> generate(int count) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      documents.add(text("seed-" + i, seeds.get(i)));
    }
    documents.addAll(oddities());
    for (int i = 0; i < count; i++) {
      documents.add(random.nextInt(5) == 0 ? generated(i) : mutated(i));
    }
    return documents;
  }

  private List<Document> oddities() {
    List<Document> odd = new ArrayList<>();
    odd.add(new Document("empty", new byte[0]));
    odd.add(text("blank", " \n\t\n  \n"));
    odd.add(text("comments", "# a\n   # b\n"));
    odd.add(new Document("bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    odd.add(new Document("nul", new byte[] {0}));
    odd.add(new Document("nuls", new byte[4096]));
    for (int i = 0; i < 3; i++) {
      byte[] binary = new byte[1 + random.nextInt(8192)];
      random.nextBytes(binary);
      odd.add(new Document("binary-" + i, binary));
    }
    for (int depth : new int[] {100, 999, 1001, 5000, 50_000}) {
      odd.add(text("flow-list-" + depth, "a: " + "[".repeat(depth) + "]".repeat(depth) + "\n"));
      odd.add(text("flow-map-" + depth, "a: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth)));
      odd.add(text("unclosed-" + depth, "[".repeat(depth)));
    }
    for (int depth : new int[] {100, 1001, 3000}) {
      StringBuilder block = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        block.append(" ".repeat(i)).append(keys.get(i % keys.size())).append(":\n");
      }
      odd.add(text("block-" + depth, block.toString()));
      odd.add(text("dashes-" + depth, "- ".repeat(depth) + "x\n"));
    }
    odd.add(text("long-line", keys.get(0) + ": " + "y".repeat(200_000) + "\n"));
    odd.add(text("long-key", "k".repeat(100_000) + ": 1\n"));
    odd.add(text("many-keys", manyKeys(20_000)));
    odd.add(text("laughs", laughs()));
    odd.add(text("recursive-alias", "a: &a [*a]\n" + keys.get(0) + ": *a\n"));
    odd.add(text("merge", "base: &b {x: 1}\n" + keys.get(0) + ":\n  <<: *b\n"));
    odd.add(text("directive", "%YAML 1.1\n%TAG ! tag:x:\n---\n" + keys.get(0) + ": 1\n"));
    odd.add(text("many-docs", ("---\n" + keys.get(0) + ": 1\n").repeat(1000)));
    for (String seed : seeds) {
      for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        odd.add(new Document("utf16-" + charset, seed.getBytes(charset)));
        odd.add(new Document("bom-utf16-" + charset, ("\ufeff" + seed).getBytes(charset)));
      }
      odd.add(new Document("utf32", seed.getBytes(Charset.forName("UTF-32"))));
      odd.add(text("bom-utf8", "\ufeff" + seed));
      odd.add(text("crlf", seed.replace("\n", "\r\n")));
      odd.add(text("cr", seed.replace("\n", "\r")));
      odd.add(text("tabs", seed.replace("  ", "\t")));
    }
    return odd;
  }

  private Document mutated(int index) {
    String seed = seeds.get(random.nextInt(seeds.size()));
    List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n", -1)));
    int rounds = 1 + random.nextInt(3);
    StringBuilder name = new StringBuilder("mutated-" + index);
    for (int r = 0; r < rounds; r++) {
      int kind = random.nextInt(13);
      name.append('-').append(kind);
      mutate(kind, lines);
    }
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(8) == 0) {
      name.append("-bytes");
      bytes = mutateBytes(bytes);
    }
    return new Document(name.toString(), bytes);
  }

  private void mutate(int kind, List<String> lines) {
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    switch (kind) {
      case 0, 1, 2 -> lines.set(at, withValue(line, pick(VALUES)));
      case 3 -> lines.add(at, line); // a duplicate key, or a repeated item
      case 4 -> lines.remove(at);
      case 5 -> lines.add(at, indent + pick(List.of("zz", "Agent", "port ", "\"x\"")) + ": 1");
      case 6 -> lines.set(at, random.nextBoolean() ? "\t" + line.stripLeading() : " " + line);
      case 7 -> {
        lines.set(at, withValue(line, "&a1 " + pick(VALUES)));
        int other = random.nextInt(lines.size());
        lines.set(other, withValue(lines.get(other), random.nextBoolean() ? "*a1" : "*a2"));
      }
      case 8 -> lines.set(at, withValue(line, nested(1 + random.nextInt(2000))));
      case 9 -> {
        String text = String.join("\n", lines);
        lines.clear();
        lines.addAll(
            Arrays.asList(text.substring(0, random.nextInt(text.length() + 1)).split("\n", -1)));
      }
      case 10 -> {
        int position = random.nextInt(line.length() + 1);
        lines.set(at, line.substring(0, position) + pick(ODD) + line.substring(position));
      }
      case 11 ->
          lines.set(
              at,
              indent
                  + pick(
                      List.of(
                          "? [a, b]", "~", "1", "\"\"", "!!binary aGk=", "*a1", "&k key", "[x]"))
                  + ": "
                  + pick(VALUES));
      default -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
      }
    }
  }

  private byte[] mutateBytes(byte[] bytes) {
    byte[][] invalid = {
      {(byte) 0xFF},
      {(byte) 0xC3, 0x28},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFE, (byte) 0xFF}
    };
    byte[] insert = invalid[random.nextInt(invalid.length)];
    int at = random.nextInt(bytes.length + 1);
    byte[] out = new byte[bytes.length + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
    for (int flips = random.nextInt(3); flips > 0 && out.length > 0; flips--) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  /** A document made from the reader's keys: a random tree, in block or flow style. */
  private Document generated(int index) {
    StringBuilder text = new StringBuilder();
    boolean flow = random.nextInt(4) == 0;
    int entries = 1 + random.nextInt(6);
    if (flow) {
      text.append(flowValue(0)).append('\n');
    } else {
      for (int i = 0; i < entries; i++) {
        blockEntry(text, 0);
      }
    }
    return text("generated-" + index, text.toString());
  }

  private void blockEntry(StringBuilder text, int depth) {
    String indent = "  ".repeat(depth);
    text.append(indent).append(key()).append(':');
    int shape = depth > 5 ? 0 : random.nextInt(4);
    if (shape == 0) {
      text.append(' ').append(pick(VALUES).replace("\n", "\n" + indent)).append('\n');
    } else if (shape == 1) {
      text.append('\n');
      for (int i = random.nextInt(4); i >= 0; i--) {
        text.append(indent).append("  - ").append(flowValue(depth + 1)).append('\n');
      }
    } else {
      text.append('\n');
      for (int i = random.nextInt(4); i >= 0; i--) {
        blockEntry(text, depth + 1);
      }
    }
  }

  private String flowValue(int depth) {
    int shape = depth > 4 ? 0 : random.nextInt(3);
    if (shape == 0) {
      String value = pick(VALUES);
      return value.contains("\n") || value.startsWith("- ") ? "x" : value;
    }
    List<String> parts = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      parts.add(shape == 1 ? flowValue(depth + 1) : key() + ": " + flowValue(depth + 1));
    }
    String body = String.join(", ", parts);
    return shape == 1 ? "[" + body + "]" : "{" + body + "}";
  }

  private String key() {
    return random.nextInt(6) == 0 ? pick(List.of("zz", "\"a b\"", "1", "~", "Ünï")) : pick(keys);
  }

  private String nested(int depth) {
    return random.nextBoolean()
        ? "[".repeat(depth) + "]".repeat(depth)
        : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
  }

  private String manyKeys(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append('k').append(i).append(": ").append(i).append('\n');
    }
    return text.toString();
  }

  private static String laughs() {
    StringBuilder text = new StringBuilder("a0: &a0 [lol, lol]\n");
    for (int i = 1; i < 20; i++) {
      String previous = "*a" + (i - 1);
      text.append('a').append(i).append(": &a").append(i).append(" [");
      text.append(String.join(", ", List.of(previous, previous, previous, previous))).append("]\n");
    }
    return text.toString();
  }

  /** The line with its value replaced: after "key:" or "- ", else the whole line. */
  private static String withValue(String line, String value) {
    int colon = line.indexOf(": ");
    if (colon < 0 && line.endsWith(":")) {
      colon = line.length() - 1;
    }
    if (colon >= 0 && !line.stripLeading().startsWith("#")) {
      return line.substring(0, colon) + ": " + value;
    }
    String trimmed = line.stripLeading();
    if (trimmed.startsWith("- ")) {
      return line.substring(0, line.length() - trimmed.length()) + "- " + value;
    }
    return line + value;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Document text(String name, String text) {
    return new Document(name, text.getBytes(StandardCharsets.UTF_8));
  }
}

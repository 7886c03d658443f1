package dev.sessionhost.adapter.out.simulated;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.opentest4j.AssertionFailedError;

/**
 * Feeds fuzz documents to a reader one file at a time and sorts what happens: parsed, a clear error
 * (the reader's own, naming the file and line), a crash (anything else) or a hang.
 */
public final class FuzzRun {

  /** Reads one file; whatever it throws is judged. */
  @FunctionalInterface
  public interface Reader {
    void read(Path file);
  }

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final int KEPT = 5;

  private final String title;
  private final Reader reader;
  private final BiPredicate<Path, Throwable> clear;
  private final List<String> failures = new ArrayList<>();
  private int tried;
  private int parsed;
  private int clearErrors;
  private int crashes;
  private int hangs;
  private long slowestMillis;
  private String slowest = "";

  /**
   * @param clear whether a throwable is the reader's own error, placed in the file it was given
   */
  public FuzzRun(String title, Reader reader, BiPredicate<Path, Throwable> clear) {
    this.title = title;
    this.reader = reader;
    this.clear = clear;
  }

  /** Writes each document to {@code dir} and reads it. */
  public FuzzRun feed(List<FuzzDocuments.Document> documents, Path dir) {
    for (int i = 0; i < documents.size(); i++) {
      FuzzDocuments.Document document = documents.get(i);
      Path file = write(dir.resolve("doc-" + i + ".yaml"), document.content());
      tried++;
      long start = System.nanoTime();
      Throwable thrown = null;
      boolean hung = false;
      try {
        assertTimeoutPreemptively(BOUND, () -> reader.read(file));
      } catch (AssertionFailedError e) {
        hung = e.getMessage() != null && e.getMessage().contains("timed out");
        thrown = e;
      } catch (Throwable e) { // an Error such as StackOverflowError is a crash to report too
        thrown = e;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis > slowestMillis) {
        slowestMillis = millis;
        slowest = document.name();
      }
      if (hung) {
        hangs++;
        fail(document, i, "hang: no answer within " + BOUND.toSeconds() + " s");
      } else if (thrown == null) {
        parsed++;
      } else if (clear.test(file, thrown)) {
        clearErrors++;
      } else {
        crashes++;
        fail(document, i, stackTrace(thrown));
      }
    }
    return this;
  }

  /** The line the test prints. */
  public String summary() {
    return String.format(
        "%s: %d documents tried, %d parsed, %d clear errors, %d crashes, %d hangs,"
            + " slowest %d ms (%s)",
        title, tried, parsed, clearErrors, crashes, hangs, slowestMillis, slowest);
  }

  /** What went wrong, one entry per offending document; empty when none did. */
  public List<String> failures() {
    return failures;
  }

  private void fail(FuzzDocuments.Document document, int index, String what) {
    String first = what.lines().findFirst().orElse(what);
    failures.add(document.name() + " (doc-" + index + "): " + first);
    if (failures.size() <= KEPT) {
      // kept for reproduction: the file that failed and what it threw
      Path kept = Path.of("target", "fuzz", title);
      write(kept.resolve(document.name() + ".yaml"), document.content());
      write(kept.resolve(document.name() + ".txt"), what.getBytes());
    }
  }

  private static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}

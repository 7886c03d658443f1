package dev.sessionhost.adapter.out.simulated;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Why the scenario's values do not fit its sections, as {@link YamlBinder} finds it: where in the
 * key path, where the parser stood, and what kind of problem; {@link ScenarioErrors} words it.
 */
final class ScenarioProblem extends RuntimeException {

  /** What went wrong. */
  enum Kind {
    /** A value of the wrong shape; {@link #expected} is the Java type that was wanted. */
    WRONG_TYPE,
    /** A value our own readers reject; {@link #getMessage} says why. */
    BAD_VALUE,
    /** A key the section does not have; {@link #known} lists the ones it has. */
    UNKNOWN_KEY,
    /** A map key our own readers reject, named by {@link #key}. */
    BAD_KEY,
    /** A section's record refused the facts; the cause is the {@link FactException}. */
    IMPOSSIBLE_FACT,
    /** Something after the document. */
    SECOND_DOCUMENT,
    /** The parser's own complaint (syntax, a duplicate key, a number out of range): the cause. */
    PARSER
  }

  private final Kind kind;
  private final transient List<Object> path;
  private final transient TokenStreamLocation location;
  private final transient Class<?> expected;
  private final transient List<String> known;
  private final String key;

  private ScenarioProblem(
      Kind kind,
      String message,
      List<Object> path,
      TokenStreamLocation location,
      Class<?> expected,
      List<String> known,
      String key,
      Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
    this.path = List.copyOf(path);
    this.location = location;
    this.expected = expected;
    this.known = known;
    this.key = key;
  }

  static ScenarioProblem wrongType(List<Object> path, TokenStreamLocation at, Class<?> expected) {
    return new ScenarioProblem(
        Kind.WRONG_TYPE, "wrong type", path, at, expected, List.of(), "", null);
  }

  static ScenarioProblem badValue(List<Object> path, TokenStreamLocation at, String message) {
    return new ScenarioProblem(Kind.BAD_VALUE, message, path, at, null, List.of(), "", null);
  }

  static ScenarioProblem unknownKey(
      List<Object> path, TokenStreamLocation at, String key, List<String> known) {
    return new ScenarioProblem(Kind.UNKNOWN_KEY, "unknown key", path, at, null, known, key, null);
  }

  static ScenarioProblem badKey(
      List<Object> path, TokenStreamLocation at, String key, String message) {
    return new ScenarioProblem(Kind.BAD_KEY, message, path, at, null, List.of(), key, null);
  }

  static ScenarioProblem impossible(List<Object> path, TokenStreamLocation at, FactException fact) {
    return new ScenarioProblem(
        Kind.IMPOSSIBLE_FACT, fact.getMessage(), path, at, null, List.of(), "", fact);
  }

  static ScenarioProblem secondDocument(TokenStreamLocation at) {
    return new ScenarioProblem(
        Kind.SECOND_DOCUMENT, "second document", List.of(), at, null, List.of(), "", null);
  }

  static ScenarioProblem parser(List<Object> path, JacksonException e, TokenStreamLocation at) {
    return new ScenarioProblem(
        Kind.PARSER, e.getOriginalMessage(), path, at, null, List.of(), "", e);
  }

  Kind kind() {
    return kind;
  }

  /** The property names and list indices leading to the problem's value or section. */
  List<Object> path() {
    return path;
  }

  /** Where the parser stood; null when it stood nowhere in the file. */
  TokenStreamLocation location() {
    return location;
  }

  Class<?> expected() {
    return expected;
  }

  List<String> known() {
    return known;
  }

  /** The key at fault for {@link Kind#UNKNOWN_KEY} and {@link Kind#BAD_KEY}. */
  String key() {
    return key;
  }

  FactException fact() {
    return (FactException) getCause();
  }

  JacksonException parserException() {
    return (JacksonException) getCause();
  }
}

package dev.sessionhost.adapter.out.simulated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into messages that name the file, line, column and key. */
final class ScenarioErrors {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

  private ScenarioErrors() {}

  /** The exception to throw for Jackson's, placed by the node its path leads to. */
  static ScenarioException describe(Path file, String text, JacksonException e) {
    List<Object> path = pathOf(e);
    Optional<MarkedYamlEngineException> syntax = syntaxProblem(e);
    if (syntax.isPresent()) {
      MarkedYamlEngineException yaml = syntax.get();
      Optional<Mark> mark = yaml.getProblemMark();
      int line = mark.map(m -> m.getLine() + 1).orElse(0);
      int column = mark.map(m -> m.getColumn() + 1).orElse(0);
      return new ScenarioException(
          file, line, column, "", "not valid YAML: " + syntaxText(yaml), e);
    }
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    if (duplicate.find()) {
      path.add(duplicate.group(1));
      // Jackson stands at the second copy, which is the one to point at.
      return at(file, e.getLocation(), path, "key given twice", e);
    }
    if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      // The second document starts where Jackson stands.
      return at(
          file,
          e.getLocation(),
          path,
          "only one YAML document is allowed (remove the second ---)",
          e);
    }
    boolean atKey = e instanceof UnrecognizedPropertyException;
    if (e instanceof InvalidFormatException && isMapKey((InvalidFormatException) e)) {
      path.add(String.valueOf(((InvalidFormatException) e).getValue()));
      atKey = true; // the key is what is wrong
    }
    Optional<FactException> fact = factProblem(e);
    if (fact.isPresent() && !fact.get().key().isEmpty()) {
      path.add(fact.get().key());
      atKey = true;
    }
    Optional<Node> node = YamlPlaces.find(text, path, atKey);
    String problem = fact.map(FactException::problem).orElseGet(() -> problem(e, node));
    Optional<Mark> mark = node.flatMap(Node::getStartMark);
    if (mark.isEmpty()) {
      return at(file, e.getLocation(), path, problem, e);
    }
    return new ScenarioException(
        file,
        mark.get().getLine() + 1,
        mark.get().getColumn() + 1,
        KeyPath.render(path),
        problem,
        e);
  }

  private static ScenarioException at(
      Path file, TokenStreamLocation at, List<Object> path, String problem, JacksonException e) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new ScenarioException(file, line, column, KeyPath.render(path), problem, e);
  }

  private static String problem(JacksonException e, Optional<Node> node) {
    if (e instanceof UnrecognizedPropertyException) {
      Collection<Object> known = ((UnrecognizedPropertyException) e).getKnownPropertyIds();
      return "unknown key (expected "
          + known.stream().map(String::valueOf).collect(Collectors.joining(", "))
          + ")";
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) e;
      Class<?> target = mismatch.getTargetType();
      if (target == Duration.class || target == Endpoint.class || target == UrlKey.class) {
        return e.getOriginalMessage(); // our own deserializers' words
      }
      if (target != null) {
        return "expected "
            + expected(target)
            + node.map(n -> ", found " + YamlPlaces.describe(n)).orElse("");
      }
    }
    return String.valueOf(e.getOriginalMessage());
  }

  private static String expected(Class<?> target) {
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (target == Integer.class || target == Long.class || target == int.class) {
      return "a whole number";
    }
    if (target == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(target)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(target) || target.isRecord()) {
      return "a mapping of keys to values";
    }
    return target.getSimpleName();
  }

  /** The impossible fact a section's record rejected, if that is what went wrong. */
  private static Optional<FactException> factProblem(Throwable e) {
    if (!(e instanceof ValueInstantiationException)) {
      return Optional.empty();
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof FactException) {
        return Optional.of((FactException) cause);
      }
    }
    return Optional.empty();
  }

  private static boolean isMapKey(InvalidFormatException e) {
    return e.getTargetType() == UrlKey.class;
  }

  private static Optional<MarkedYamlEngineException> syntaxProblem(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYamlEngineException) {
        return Optional.of((MarkedYamlEngineException) cause);
      }
    }
    return Optional.empty();
  }

  private static String syntaxText(MarkedYamlEngineException yaml) {
    String problem = yaml.getProblem() == null ? "" : yaml.getProblem().trim();
    String context = yaml.getContext() == null ? "" : yaml.getContext().trim();
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }

  private static List<Object> pathOf(JacksonException e) {
    List<Object> path = new ArrayList<>();
    for (JacksonException.Reference step : e.getPath()) {
      path.add(step.getPropertyName() != null ? step.getPropertyName() : step.getIndex());
    }
    return path;
  }
}

package dev.sessionhost.adapter.out.simulated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Turns a {@link ScenarioProblem} into a message that names the file, line, column and key. */
final class ScenarioErrors {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

  private ScenarioErrors() {}

  /** The exception to throw for the problem, placed by the node its path leads to. */
  static ScenarioException describe(Path file, String text, ScenarioProblem problem) {
    List<Object> path = new ArrayList<>(problem.path());
    switch (problem.kind()) {
      case PARSER:
        return parserProblem(file, text, problem, path);
      case SECOND_DOCUMENT:
        // The second document starts where the parser stands.
        return at(
            file,
            problem.location(),
            path,
            "only one YAML document is allowed (remove the second ---)",
            problem);
      case UNKNOWN_KEY:
        return placed(
            file,
            text,
            problem,
            path,
            true,
            "unknown key (expected " + String.join(", ", problem.known()) + ")");
      case BAD_KEY:
        path.add(problem.key());
        return placed(file, text, problem, path, true, problem.getMessage());
      case IMPOSSIBLE_FACT:
        FactException fact = problem.fact();
        boolean atKey = !fact.key().isEmpty();
        if (atKey) {
          path.add(fact.key());
        }
        return placed(file, text, problem, path, atKey, fact.problem());
      case BAD_VALUE:
        return placed(file, text, problem, path, false, problem.getMessage());
      default:
        Optional<Node> node = YamlPlaces.find(text, path, false);
        String expected =
            "expected "
                + expected(problem.expected())
                + node.map(n -> ", found " + YamlPlaces.describe(n)).orElse("");
        return placed(file, problem, path, node, expected);
    }
  }

  private static ScenarioException parserProblem(
      Path file, String text, ScenarioProblem problem, List<Object> path) {
    JacksonException e = problem.parserException();
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
      // The parser stands at the second copy, which is the one to point at.
      return at(file, e.getLocation(), path, "key given twice", e);
    }
    return placed(file, text, problem, path, false, String.valueOf(e.getOriginalMessage()));
  }

  private static ScenarioException placed(
      Path file,
      String text,
      ScenarioProblem problem,
      List<Object> path,
      boolean atKey,
      String message) {
    return placed(file, problem, path, YamlPlaces.find(text, path, atKey), message);
  }

  private static ScenarioException placed(
      Path file, ScenarioProblem problem, List<Object> path, Optional<Node> node, String message) {
    Optional<Mark> mark = node.flatMap(Node::getStartMark);
    if (mark.isEmpty()) {
      return at(file, problem.location(), path, message, problem);
    }
    return new ScenarioException(
        file,
        mark.get().getLine() + 1,
        mark.get().getColumn() + 1,
        KeyPath.render(path),
        message,
        problem.getCause() == null ? problem : problem.getCause());
  }

  private static ScenarioException at(
      Path file, TokenStreamLocation at, List<Object> path, String problem, Throwable cause) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new ScenarioException(file, line, column, KeyPath.render(path), problem, cause);
  }

  private static String expected(Class<?> target) {
    if (target == Boolean.class) {
      return "true or false";
    }
    if (target == Integer.class || target == Long.class) {
      return "a whole number";
    }
    if (target == String.class) {
      return "text";
    }
    if (target == List.class) {
      return "a list";
    }
    if (target == Map.class || target.isRecord()) {
      return "a mapping of keys to values";
    }
    return target.getSimpleName();
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
}

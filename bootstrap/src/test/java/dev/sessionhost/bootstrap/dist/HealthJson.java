package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code sessionhost check --format json} printed, read back: the status, each check's result
 * and message, and the plugins that could not be loaded.
 */
public final class HealthJson {

  /** One check's line of the report. */
  public record Result(String result, String message) {}

  /** One plugin that could not be loaded, and why. */
  public record Problem(String plugin, String reason) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode root;

  private HealthJson(JsonNode root) {
    this.root = root;
  }

  /** Parses the output; fails the test when it is not a JSON object. */
  public static HealthJson parse(String output) {
    JsonNode root = JSON.readTree(output);
    assertThat(root.isObject()).as("a JSON object: %s", output).isTrue();
    return new HealthJson(root);
  }

  /** The host's status, such as {@code Available}. */
  public String status() {
    return root.get("status").asString();
  }

  /** Every check's result, by check id, in the order printed. */
  public Map<String, Result> results() {
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode check : root.get("sessionHostHealthCheckResults")) {
      results.put(
          check.get("healthCheckName").asString(),
          new Result(
              check.get("healthCheckResult").asString(),
              check.get("additionalFailureDetails").get("message").asString()));
    }
    return results;
  }

  /** The result of one check; fails the test when it is not in the report. */
  public Result result(String checkId) {
    assertThat(results()).containsKey(checkId);
    return results().get(checkId);
  }

  /** The plugins that could not be loaded, in the order reported. */
  public List<Problem> pluginProblems() {
    return root.get("pluginProblems")
        .valueStream()
        .map(node -> new Problem(node.get("plugin").asString(), node.get("reason").asString()))
        .toList();
  }
}

package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.domain.check.KnownCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.wire.AzureSchema;
import dev.sessionhost.wire.WireJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AzureSessionHostJsonTest {

  private static String azure(HostHealth health) {
    Run run =
        new CliHarness(new CheckCommand(FakeCheckSession.returning(health), 120))
            .run("check", "--format", "azure");
    assertThat(run.err()).isEmpty();
    return run.out();
  }

  private static JsonNode tree(String json) {
    return WireJson.MAPPER.readTree(json);
  }

  private static List<String> strictErrors(String json) {
    return AzureSchema.describe(AzureSchema.validate(AzureSchema.strict(), json));
  }

  @ParameterizedTest
  @EnumSource(SessionHostStatus.class)
  void everyStatusValidatesAgainstTheSessionHostSchema(SessionHostStatus status) {
    String json = azure(Snapshots.inStatus(status));

    assertThat(strictErrors(json)).isEmpty();
    assertThat(tree(json).get("properties").get("status").asString()).isEqualTo(status.wireName());
  }

  static Stream<HostHealth> examples() {
    return Stream.of(Snapshots.judgedFatal(), Snapshots.upgrading(), Snapshots.needsAssistance());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void otherSnapshotsValidateToo(HostHealth health) {
    assertThat(strictErrors(azure(health))).isEmpty();
  }

  @Test
  void availableIsTheSessionHostResourceWithItsResults() {
    JsonNode json = tree(azure(Snapshots.available()));

    assertThat(json.propertyNames()).containsExactly("name", "properties");
    assertThat(json.get("name").asString()).isEqualTo("web-01");
    JsonNode properties = json.get("properties");
    assertThat(properties.propertyNames())
        .containsExactly(
            "lastHeartBeat",
            "agentVersion",
            "status",
            "statusTimestamp",
            "updateState",
            "sessionHostHealthCheckResults");
    assertThat(properties.get("lastHeartBeat").asString()).isEqualTo("2026-11-24T07:30:01.250Z");
    assertThat(properties.get("statusTimestamp").asString()).isEqualTo("2026-11-24T07:10:00Z");
    assertThat(properties.get("agentVersion").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
    JsonNode results = properties.get("sessionHostHealthCheckResults");
    assertThat(results.size()).isEqualTo(7);
    JsonNode first = results.get(0);
    assertThat(first.propertyNames())
        .containsExactly("healthCheckName", "healthCheckResult", "additionalFailureDetails");
    assertThat(first.get("healthCheckName").asString()).isEqualTo("DomainJoinedCheck");
    assertThat(first.get("healthCheckResult").asString()).isEqualTo("HealthCheckSucceeded");
    assertThat(first.get("additionalFailureDetails").get("errorCode").asInt()).isZero();
  }

  @Test
  void aFailingCheckCarriesItsMessageAndErrorCode() {
    JsonNode json = tree(azure(Snapshots.unavailable()));

    assertThat(json.get("properties").get("status").asString()).isEqualTo("Unavailable");
    JsonNode domain = json.get("properties").get("sessionHostHealthCheckResults").get(0);
    assertThat(domain.get("healthCheckName").asString()).isEqualTo("DomainJoinedCheck");
    assertThat(domain.get("healthCheckResult").asString()).isEqualTo("HealthCheckFailed");
    JsonNode details = domain.get("additionalFailureDetails");
    assertThat(details.get("message").asString()).isEqualTo(Snapshots.DOMAIN_MESSAGE);
    assertThat(details.get("errorCode").asInt()).isEqualTo(1);
    assertThat(details.get("lastHealthCheckDateTime").asString())
        .isEqualTo("2026-11-24T07:30:01.250Z");
  }

  @Test
  void aFailedUpgradeGivesItsStateErrorAndTime() {
    JsonNode properties = tree(azure(Snapshots.upgradeFailed())).get("properties");

    assertThat(properties.get("updateState").asString()).isEqualTo("Failed");
    assertThat(properties.get("updateErrorMessage").asString())
        .isEqualTo("metadata-service 1.1.0 threw on its smoke run");
    assertThat(properties.get("lastUpdateTime").asString()).isEqualTo("2026-11-24T07:10:00Z");
  }

  @Test
  void aPluginsOwnCheckIsReportedUnderItsIdTheOnlyValueOutsideTheApisOpenEnum() {
    String json = azure(Snapshots.withPluginProblem());

    JsonNode results = tree(json).get("properties").get("sessionHostHealthCheckResults");
    assertThat(results.get(7).get("healthCheckName").asString()).isEqualTo(Catalogues.CUSTOM_ID);
    // the API's enum is open: read as the API means it, the document is valid
    assertThat(AzureSchema.describe(AzureSchema.validate(AzureSchema.openEnums(), json))).isEmpty();
    // read strictly, the custom name is the one and only departure
    List<Error> strict = AzureSchema.validate(AzureSchema.strict(), json);
    assertThat(strict).hasSize(1);
    assertThat(strict.get(0).getKeyword()).isEqualTo("enum");
    assertThat(strict.get(0).getInstanceLocation().toString())
        .contains("sessionHostHealthCheckResults", "7", "healthCheckName");
    // plugin problems have no place in the API's shape
    assertThat(json).doesNotContain(Snapshots.PLUGIN);
  }

  @Test
  void everyCheckNameTheApiKnowsIsInItsEnum() {
    JsonNode names =
        WireJson.MAPPER
            .readTree(AzureSchema.locate().toFile())
            .get("definitions")
            .get("SessionHostHealthCheckReport")
            .get("properties")
            .get("healthCheckName")
            .get("enum");
    List<String> enumValues = names.valueStream().map(JsonNode::asString).toList();

    for (KnownCheck known : KnownCheck.values()) {
      assertThat(enumValues).contains(known.id().value());
    }
  }

  // The validation must be real: documents that break the schema are rejected.

  @Test
  void theSchemaRejectsAResultThatIsANumber() {
    assertThat(strictErrors(mutated(o -> firstReport(o).put("healthCheckResult", 42))))
        .anyMatch(e -> e.contains("healthCheckResult"));
  }

  @Test
  void theSchemaRejectsAStatusThatIsAnObject() {
    assertThat(
            strictErrors(mutated(o -> properties(o).putObject("status").put("value", "Available"))))
        .anyMatch(e -> e.contains("status"));
  }

  @Test
  void theSchemaRejectsAStatusOutsideItsEnum() {
    assertThat(strictErrors(mutated(o -> properties(o).put("status", "Sleeping"))))
        .anyMatch(e -> e.contains("status") && e.contains("enum"));
  }

  @Test
  void theSchemaRejectsAPropertyTheApiDoesNotDefine() {
    assertThat(strictErrors(mutated(o -> firstReport(o).put("durationMs", 12))))
        .anyMatch(e -> e.contains("durationMs"));
    assertThat(strictErrors(mutated(o -> o.put("pluginProblems", "none"))))
        .anyMatch(e -> e.contains("pluginProblems"));
  }

  @Test
  void theSchemaRejectsAnErrorCodeThatIsText() {
    assertThat(
            strictErrors(
                mutated(
                    o ->
                        ((ObjectNode) firstReport(o).get("additionalFailureDetails"))
                            .put("errorCode", "E_FAIL"))))
        .anyMatch(e -> e.contains("errorCode"));
  }

  @Test
  void theSchemaRejectsATimestampThatIsNotADateTime() {
    assertThat(strictErrors(mutated(o -> properties(o).put("statusTimestamp", "yesterday"))))
        .anyMatch(e -> e.contains("statusTimestamp"));
  }

  private interface Mutation {
    void apply(ObjectNode document);
  }

  private static String mutated(Mutation mutation) {
    ObjectNode document = (ObjectNode) tree(azure(Snapshots.needsAssistance()));
    assertThat(strictErrors(document.toString())).isEmpty();
    mutation.apply(document);
    return document.toString();
  }

  private static ObjectNode properties(ObjectNode document) {
    return (ObjectNode) document.get("properties");
  }

  private static ObjectNode firstReport(ObjectNode document) {
    return (ObjectNode) properties(document).get("sessionHostHealthCheckResults").get(0);
  }
}

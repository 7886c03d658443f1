package dev.sessionhost.wire;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code SessionHost} definition of the reference Azure schema as a JSON Schema (draft 4, which
 * Swagger 2.0 builds on), read from {@code shared/reference/} beside the repository.
 *
 * <p>The two references to Azure's common types, which the file does not hold, become the common
 * {@code Resource}'s own properties ({@code id}, {@code name}, {@code type}: strings) and an object
 * for {@code systemData}. Every object the file defines is closed ({@code additionalProperties:
 * false}) so that validation also proves we emit no property the API lacks. Swagger's own keywords
 * ({@code readOnly}, {@code x-ms-*}) are ignored by the validator.
 */
public final class AzureSchema {

  public static final String REFERENCE = "shared/reference/azure-sessionhost-schema.json";

  private AzureSchema() {}

  /** The schema with the API's enums as listed: a value outside them is an error. */
  public static Schema strict() {
    return compile(definitions());
  }

  /**
   * {@link #strict()} with the broker's one property the session-host schema lacks, {@code
   * properties.powerState} (Azure keeps it in the VM's instance view): one of the power states'
   * wire names, so that validation still proves the broker adds nothing else.
   */
  public static Schema brokerStrict() {
    ObjectNode definitions = definitions();
    ObjectNode powerState =
        ((ObjectNode) definitions.get("SessionHostProperties").get("properties"))
            .putObject("powerState");
    powerState.put("type", "string");
    var values = powerState.putArray("enum");
    for (dev.sessionhost.domain.pool.PowerState state :
        dev.sessionhost.domain.pool.PowerState.values()) {
      values.add(state.wireName());
    }
    return compile(definitions);
  }

  /**
   * The schema as the API means it: its enums are open ("modelAsString"), so any string is accepted
   * where they stand; everything else as in {@link #strict()}.
   */
  public static Schema openEnums() {
    ObjectNode definitions = definitions();
    openEnums(definitions);
    return compile(definitions);
  }

  public static List<Error> validate(Schema schema, String json) {
    return schema.validate(WireJson.MAPPER.readTree(json));
  }

  /**
   * Finds the reference file in {@code shared/} of the module's folder or of any folder above it
   * (the repository is checked out with {@code shared/} beside it).
   */
  public static Path locate() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(REFERENCE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "cannot validate the azure format: "
            + REFERENCE
            + " is not in "
            + start
            + " nor in any folder above it; check out the repository with shared/ beside it");
  }

  private static ObjectNode definitions() {
    JsonNode file = WireJson.MAPPER.readTree(locate().toFile());
    ObjectNode definitions = (ObjectNode) file.get("definitions").deepCopy();
    ObjectNode sessionHost = (ObjectNode) definitions.get("SessionHost");
    // the Resource it extends: id, name and type, all strings, inlined so it can be closed
    sessionHost.remove("allOf");
    ObjectNode properties = (ObjectNode) sessionHost.get("properties");
    for (String name : List.of("id", "name", "type")) {
      properties.putObject(name).put("type", "string");
    }
    stubExternalRefs(definitions);
    for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
      if (definition.getValue().has("properties")) {
        ((ObjectNode) definition.getValue()).put("additionalProperties", false);
      }
    }
    return definitions;
  }

  private static void stubExternalRefs(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isString() && !ref.asString().startsWith("#")) {
        object.remove("$ref");
        object.put("type", "object");
      }
    }
    for (JsonNode child : node) {
      stubExternalRefs(child);
    }
  }

  private static void openEnums(JsonNode node) {
    if (node instanceof ObjectNode object
        && object.has("enum")
        && object.path("x-ms-enum").path("modelAsString").asBoolean(false)) {
      object.remove("enum");
    }
    for (JsonNode child : node) {
      openEnums(child);
    }
  }

  private static Schema compile(ObjectNode definitions) {
    ObjectNode root = WireJson.MAPPER.createObjectNode();
    root.set("definitions", definitions);
    root.putArray("allOf").addObject().put("$ref", "#/definitions/SessionHost");
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(root);
  }

  /** The errors as text, for assertion messages. */
  public static List<String> describe(List<Error> errors) {
    List<String> out = new ArrayList<>();
    errors.forEach(e -> out.add(e.getInstanceLocation() + " " + e.getKeyword() + ": " + e));
    return out;
  }
}

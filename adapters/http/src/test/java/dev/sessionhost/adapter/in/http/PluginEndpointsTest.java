package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PluginEndpointsTest {

  static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");
  static final byte[] JAR = "PK\u0003\u0004 pretend jar".getBytes(StandardCharsets.ISO_8859_1);

  @TempDir Path uploads;
  ApiHarness harness;

  @BeforeEach
  void start() {
    harness = new ApiHarness(uploads);
    harness.fakes.plugins.add(Fakes.plugin("disk-space", "1.0.0", true, ""));
    harness.fakes.plugins.add(Fakes.plugin("disk-space", "0.9.0", false, ""));
    harness.fakes.plugins.add(Fakes.plugin("broken", "0.1.0", true, "start() threw"));
    harness.fakes.upgrades =
        command ->
            new UpgradeResult(
                Optional.of("disk-space"),
                Optional.of("1.0.0"),
                Optional.of("1.1.0"),
                UpdateStatus.succeeded(AT));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void listsPluginsWithTheirFileNameOnly() {
    HttpResponse<String> response = harness.get("/v1/plugins");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode plugins = ApiHarness.json(response);
    assertThat(plugins).hasSize(3);
    assertThat(plugins.get(0).get("id").asString()).isEqualTo("disk-space");
    assertThat(plugins.get(0).get("file").asString()).isEqualTo("disk-space-1.0.0.jar");
    assertThat(plugins.get(0).get("active").asBoolean()).isTrue();
    assertThat(plugins.get(0).get("problem").isNull()).isTrue();
    assertThat(plugins.get(1).get("active").asBoolean()).isFalse();
    assertThat(plugins.get(2).get("problem").asString()).isEqualTo("start() threw");
  }

  @Test
  void anUpgradeStagesTheJarUnderItsNameAndDeletesItAfterwards() throws IOException {
    HttpResponse<String> response =
        harness.send(
            harness
                .admin("/v1/plugins/upgrade")
                .header("X-Plugin-File", "disk-space-1.1.0.jar")
                .POST(BodyPublishers.ofByteArray(JAR)));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = ApiHarness.json(response);
    assertThat(body.get("plugin").asString()).isEqualTo("disk-space");
    assertThat(body.get("previousVersion").asString()).isEqualTo("1.0.0");
    assertThat(body.get("offeredVersion").asString()).isEqualTo("1.1.0");
    assertThat(body.get("updateState").asString()).isEqualTo("Succeeded");
    assertThat(body.get("message").asString()).contains("1.0.0").contains("1.1.0");
    assertThat(harness.fakes.lastUpgrade.mustBeNew()).isFalse();
    Path staged = harness.fakes.lastUpgrade.jar();
    assertThat(staged.getFileName()).hasToString("disk-space-1.1.0.jar");
    assertThat(staged.startsWith(uploads)).as("staged in %s: %s", uploads, staged).isTrue();
    assertThat(harness.fakes.stagedBytes).isEqualTo(JAR);
    assertThat(staged).doesNotExist();
    assertThat(contentsOf(uploads)).isEmpty();
  }

  @Test
  void anInstallAsksForANewPluginUnderASanitizedName() {
    HttpResponse<String> response =
        harness.send(
            harness
                .admin("/v1/plugins/install")
                .header("X-Plugin-File", "../../etc/my plugin.jar")
                .POST(BodyPublishers.ofByteArray(JAR)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(harness.fakes.lastUpgrade.mustBeNew()).isTrue();
    assertThat(harness.fakes.lastUpgrade.jar().getFileName()).hasToString("my_plugin.jar");
  }

  @Test
  void aJarWithoutANameIsStagedAsUploadJar() {
    harness.send(harness.admin("/v1/plugins/upgrade").POST(BodyPublishers.ofByteArray(JAR)));

    assertThat(harness.fakes.lastUpgrade.jar().getFileName()).hasToString("upload.jar");
  }

  @Test
  void aFileNameThatIsNoJarIs400() {
    HttpResponse<String> response =
        harness.send(
            harness
                .admin("/v1/plugins/upgrade")
                .header("X-Plugin-File", "payload.sh")
                .POST(BodyPublishers.ofByteArray(JAR)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(harness.fakes.lastUpgrade).isNull();
  }

  @Test
  void aFailedUpgradeIs422WithTheResult() throws IOException {
    harness.fakes.upgrades =
        command ->
            new UpgradeResult(
                Optional.of("disk-space"),
                Optional.of("1.0.0"),
                Optional.of("1.1.0"),
                UpdateStatus.failed("start() threw: no such file", AT));

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/plugins/upgrade").POST(BodyPublishers.ofByteArray(JAR)));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode body = ApiHarness.json(response);
    assertThat(body.get("updateState").asString()).isEqualTo("Failed");
    assertThat(body.get("message").asString()).isEqualTo("start() threw: no such file");
    assertThat(contentsOf(uploads)).isEmpty();
  }

  @Test
  void anInstallOfAnInstalledPluginIs409() throws IOException {
    harness.fakes.upgrades =
        command -> {
          throw new IllegalArgumentException("disk-space is already installed; upgrade it");
        };

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/plugins/install").POST(BodyPublishers.ofByteArray(JAR)));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(ApiHarness.json(response).get("error").get("message").asString())
        .contains("already installed");
    assertThat(contentsOf(uploads)).isEmpty();
  }

  @Test
  void aJarAboveTheUploadLimitIs413AndNeverReachesTheUseCase() throws IOException {
    byte[] big = new byte[(int) ApiHarness.MAX_UPLOAD + 1];

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/plugins/upgrade").POST(BodyPublishers.ofByteArray(big)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(ApiHarness.json(response).get("error").get("code").asString())
        .isEqualTo("PayloadTooLarge");
    assertThat(harness.fakes.lastUpgrade).isNull();
    assertThat(contentsOf(uploads)).isEmpty();
  }

  @Test
  void aJarWithinTheUploadLimitIsAcceptedThoughAboveTheRequestLimit() {
    byte[] jar = new byte[(int) ApiHarness.MAX_REQUEST * 4];

    HttpResponse<String> response =
        harness.send(harness.admin("/v1/plugins/upgrade").POST(BodyPublishers.ofByteArray(jar)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(harness.fakes.stagedBytes).hasSize(jar.length);
  }

  @Test
  void anUploadWithoutTheTokenIs401AndStagesNothing() throws IOException {
    HttpResponse<String> response =
        harness.send(harness.request("/v1/plugins/upgrade").POST(BodyPublishers.ofByteArray(JAR)));

    AdminAccessTest.assertUnauthorized(response);
    assertThat(harness.fakes.lastUpgrade).isNull();
    assertThat(contentsOf(uploads)).isEmpty();
  }

  @Test
  void removingAnInstalledPluginAnswersIt() {
    HttpResponse<String> response = harness.send(harness.admin("/v1/plugins/disk-space").DELETE());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiHarness.json(response).get("version").asString()).isEqualTo("1.0.0");
  }

  @Test
  void removingAPluginThatIsNotInstalledIs404() {
    HttpResponse<String> response = harness.send(harness.admin("/v1/plugins/nothing").DELETE());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(ApiHarness.json(response).get("error").get("message").asString())
        .contains("nothing");
  }

  @Test
  void removingWithoutTheTokenIs401() {
    HttpResponse<String> response =
        harness.send(harness.request("/v1/plugins/disk-space").DELETE());

    AdminAccessTest.assertUnauthorized(response);
  }

  private static java.util.List<Path> contentsOf(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}

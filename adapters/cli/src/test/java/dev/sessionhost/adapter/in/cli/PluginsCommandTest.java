package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.in.cli.CliHarness.Run;
import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

  private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

  @TempDir Path dir;

  private static URI nobodyListening() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }

  private Path jar() throws IOException {
    return Files.write(dir.resolve("disk-space-1.1.0.jar"), new byte[] {1, 2, 3});
  }

  @Test
  void withoutAnAgentAnUpgradeIsMadeDirectly() throws IOException {
    FakeAgentSession session =
        new FakeAgentSession(nobodyListening())
            .upgradingTo(
                command ->
                    new UpgradeResult(
                        Optional.of("disk-space"),
                        Optional.of("1.0.0"),
                        Optional.of("1.1.0"),
                        UpdateStatus.succeeded(AT)));

    Run run =
        new CliHarness(new PluginsCommand(session)).run("plugins", "upgrade", jar().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("upgraded disk-space 1.0.0 -> 1.1.0");
    assertThat(session.upgrades)
        .singleElement()
        .satisfies(c -> assertThat(c.mustBeNew()).isFalse());
  }

  @Test
  void aFailedUpgradeExitsOneWithTheReason() throws IOException {
    FakeAgentSession session =
        new FakeAgentSession(nobodyListening())
            .upgradingTo(
                command ->
                    new UpgradeResult(
                        Optional.of("disk-space"),
                        Optional.of("1.0.0"),
                        Optional.of("1.1.0"),
                        UpdateStatus.failed("start() threw; version 1.0.0 restored", AT)));

    Run run =
        new CliHarness(new PluginsCommand(session)).run("plugins", "install", jar().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("start() threw; version 1.0.0 restored")
        .contains("UpgradeFailed");
    assertThat(session.upgrades).singleElement().satisfies(c -> assertThat(c.mustBeNew()).isTrue());
  }

  @Test
  void aMissingFileIsRefusedBeforeAnythingHappens() throws IOException {
    FakeAgentSession session = new FakeAgentSession(nobodyListening());

    Run run = new CliHarness(new PluginsCommand(session)).run("plugins", "upgrade", "nope.jar");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("nope.jar: no such file");
    assertThat(session.upgrades).isEmpty();
  }

  @Test
  void listShowsInstalledAndPreviousVersions() throws IOException {
    FakeAgentSession session =
        new FakeAgentSession(nobodyListening())
            .withPlugins(
                List.of(
                    new InstalledPlugin("disk-space", "1.1.0", Path.of("disk-space.jar"), true, ""),
                    new InstalledPlugin(
                        "broken", "2.0.0", Path.of("broken.jar"), true, "start() threw"),
                    new InstalledPlugin(
                        "disk-space", "1.0.0", Path.of("previous/d.jar"), false, "")));

    Run run = new CliHarness(new PluginsCommand(session)).run("plugins", "list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .anySatisfy(l -> assertThat(l).contains("disk-space").contains("1.1.0").contains("active"))
        .anySatisfy(l -> assertThat(l).contains("broken: start() threw"))
        .anySatisfy(l -> assertThat(l).contains("1.0.0").contains("previous"));
  }

  @Test
  void removingAnUnknownPluginIsExitThree() throws IOException {
    Run run =
        new CliHarness(new PluginsCommand(new FakeAgentSession(nobodyListening())))
            .run("plugins", "remove", "ghost");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no plugin with id ghost is installed");
  }

  @Test
  void withAnAgentTheUpgradeGoesThroughItsAdminApiWithTheToken() throws IOException {
    try (LoopbackAgent agent = new LoopbackAgent()) {
      agent.answer("GET /v1/health", 200, "{}");
      agent.answer(
          "POST /v1/plugins/upgrade",
          422,
          "{\"plugin\":\"disk-space\",\"previousVersion\":\"1.0.0\",\"offeredVersion\":\"1.1.0\","
              + "\"updateState\":\"Failed\",\"message\":\"its check threw on the first run\"}");
      FakeAgentSession session = new FakeAgentSession(agent.base());

      Run run =
          new CliHarness(new PluginsCommand(session)).run("plugins", "upgrade", jar().toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("its check threw on the first run");
      assertThat(session.upgrades).isEmpty();
      assertThat(agent.requests)
          .filteredOn(r -> r.method().equals("POST"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.authorization()).isEqualTo("Bearer secret-token-0123456789");
                assertThat(r.bodyBytes()).isEqualTo(3);
              });
    }
  }

  @Test
  void anAgentRefusingTheTokenSaysHowToGetIt() throws IOException {
    try (LoopbackAgent agent = new LoopbackAgent()) {
      agent.answer("GET /v1/health", 200, "{}");
      agent.answer(
          "DELETE /v1/plugins/disk-space",
          401,
          "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"wrong token\"}}");

      Run run =
          new CliHarness(new PluginsCommand(new FakeAgentSession(agent.base())))
              .run("plugins", "remove", "disk-space");

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("wrong token").contains("admin-token");
    }
  }
}

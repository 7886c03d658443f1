package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.wire.PluginJson;
import dev.sessionhost.wire.UpgradeResultJson;
import java.io.IOException;
import java.nio.file.Path;

/** The plugin catalogue, and the admin requests that install, upgrade and remove plugins. */
final class PluginEndpoints {

  private final ListPluginsQuery plugins;
  private final UpgradePluginUseCase upgrade;
  private final RemovePluginUseCase remove;
  private final Path uploadDir;

  PluginEndpoints(
      ListPluginsQuery plugins,
      UpgradePluginUseCase upgrade,
      RemovePluginUseCase remove,
      Path uploadDir) {
    this.plugins = plugins;
    this.upgrade = upgrade;
    this.remove = remove;
    this.uploadDir = uploadDir;
  }

  Response list(Request request) {
    return Response.json(200, plugins.listPlugins().stream().map(PluginJson::of).toList());
  }

  Response upgrade(Request request) throws IOException {
    return upload(request, false);
  }

  Response install(Request request) throws IOException {
    return upload(request, true);
  }

  Response remove(Request request) {
    try {
      InstalledPlugin removed = remove.remove(request.pathParameter());
      return Response.json(200, PluginJson.of(removed));
    } catch (IllegalArgumentException e) {
      return Response.notFound(e.getMessage());
    }
  }

  private Response upload(Request request, boolean mustBeNew) throws IOException {
    String name;
    try {
      name = JarUpload.fileName(request.header("X-Plugin-File"));
    } catch (IllegalArgumentException e) {
      return Response.badRequest(e.getMessage());
    }
    try (JarUpload upload =
        JarUpload.receive(uploadDir, name, request.body(), request.bodyLimit())) {
      if (!upload.complete()) {
        return Response.tooLarge(request.bodyLimit());
      }
      if (upload.empty()) {
        return Response.badRequest("send the plugin jar as the request body");
      }
      UpgradePluginCommand command =
          mustBeNew
              ? UpgradePluginCommand.install(upload.jar())
              : UpgradePluginCommand.upgrade(upload.jar());
      UpgradeResult result;
      try {
        result = upgrade.upgrade(command);
      } catch (IllegalArgumentException e) {
        return Response.error(409, "Conflict", e.getMessage());
      }
      return Response.json(result.succeeded() ? 200 : 422, UpgradeResultJson.of(result));
    }
  }
}

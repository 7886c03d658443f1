package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.wire.HostHealthJson;

/** The snapshot's resources, served from the cache, and the admin request to run a cycle now. */
final class HealthEndpoints {

  private final SnapshotCache snapshots;
  private final RunHealthCycleUseCase cycle;

  HealthEndpoints(SnapshotCache snapshots, RunHealthCycleUseCase cycle) {
    this.snapshots = snapshots;
    this.cycle = cycle;
  }

  Response health(Request request) {
    RenderedSnapshot snapshot = snapshots.current();
    return Response.json(snapshot.healthStatusCode(), snapshot.healthBytes());
  }

  Response check(Request request) {
    String id = request.pathParameter();
    for (HostHealthJson.Result result :
        snapshots.current().json().sessionHostHealthCheckResults()) {
      if (result.healthCheckName().equalsIgnoreCase(id)) {
        return Response.json(200, result);
      }
    }
    return Response.notFound("no check '" + id + "' in the host's last health snapshot");
  }

  Response sessionHost(Request request) {
    return Response.json(200, snapshots.current().azureBytes());
  }

  Response runCycle(Request request) {
    RenderedSnapshot snapshot = snapshots.render(cycle.runCycle(RunHealthCycleCommand.now()));
    return Response.json(snapshot.healthStatusCode(), snapshot.healthBytes());
  }
}

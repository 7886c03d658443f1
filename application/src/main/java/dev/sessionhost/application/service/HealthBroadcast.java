package dev.sessionhost.application.service;

import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.port.out.PublishHealthPort;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Tells the history and every reporter about a new assessment. A reporter that throws is logged and
 * skipped: it never stops the others.
 */
public final class HealthBroadcast {

  private static final System.Logger LOG = System.getLogger(HealthBroadcast.class.getName());

  private final List<PublishHealthPort> publishers;
  private final HealthHistoryPort history;

  public HealthBroadcast(List<PublishHealthPort> publishers, HealthHistoryPort history) {
    this.publishers = List.copyOf(publishers);
    this.history = history;
  }

  public void announce(Assessment assessment) {
    assessment
        .change()
        .ifPresent(
            change -> {
              try {
                history.append(change);
              } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "could not record status change " + change, e);
              }
            });
    for (PublishHealthPort publisher : publishers) {
      try {
        publisher.publish(assessment.health(), assessment.change());
      } catch (RuntimeException | LinkageError e) {
        // a reporter from a plugin or another class loader may fail to link; the rest go on
        LOG.log(Level.WARNING, "reporter " + publisher.getClass().getName() + " failed", e);
      }
    }
  }
}

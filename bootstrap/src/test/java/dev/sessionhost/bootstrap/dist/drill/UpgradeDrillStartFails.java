package dev.sessionhost.bootstrap.dist.drill;

import org.pf4j.Plugin;

/** The upgrade drill's {@code Plugin-Class} of a version that refuses to start. */
public final class UpgradeDrillStartFails extends Plugin {

  /** What {@link #start()} throws. */
  public static final String FAILURE = "drill: start refused";

  @Override
  public void start() {
    throw new IllegalStateException(FAILURE);
  }
}

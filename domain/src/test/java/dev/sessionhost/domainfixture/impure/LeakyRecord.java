package dev.sessionhost.domainfixture.impure;

import java.io.File;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/** A deliberately impure model class: the purity rule must reject it. */
public record LeakyRecord(File file, AtomicInteger count) {

  private static final Logger LOG = Logger.getLogger(LeakyRecord.class.getName());

  public boolean exists() {
    LOG.info("looking at " + file);
    return file.exists() && System.currentTimeMillis() > count.get();
  }
}

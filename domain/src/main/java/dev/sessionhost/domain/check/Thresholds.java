package dev.sessionhost.domain.check;

/**
 * How many consecutive results it takes to flip a check: {@code failuresBeforeFailing} failures
 * turn a passing check failing, {@code successesBeforePassing} successes turn it back. Both are 1
 * by default: every result counts at once.
 */
public record Thresholds(int failuresBeforeFailing, int successesBeforePassing) {

  public static final Thresholds IMMEDIATE = new Thresholds(1, 1);

  public Thresholds {
    if (failuresBeforeFailing < 1 || failuresBeforeFailing > 100) {
      throw new IllegalArgumentException(
          "failuresBeforeFailing must be between 1 and 100, not " + failuresBeforeFailing);
    }
    if (successesBeforePassing < 1 || successesBeforePassing > 100) {
      throw new IllegalArgumentException(
          "successesBeforePassing must be between 1 and 100, not " + successesBeforePassing);
    }
  }
}

package dev.sessionhost.plugins.appattach;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.Severity;

/** One configured app attach package: its name, the path of its image and its failure effect. */
record AppAttachPackage(String name, String path, Severity effect) {

  /**
   * Reads a {@code packages} section: {@code path} required, {@code name} defaults to it, {@code
   * failureEffect} to {@code NEEDS_ASSISTANCE}.
   */
  static AppAttachPackage from(CheckSettings section) {
    String path = section.requiredString("path").trim();
    String name = section.string("name", path).trim();
    return new AppAttachPackage(
        name.isEmpty() ? path : name,
        path,
        section.failureEffect("failureEffect", Severity.NON_FATAL));
  }
}

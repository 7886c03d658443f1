package dev.sessionhost.plugin.api;

/**
 * The version of this SDK, which a host advertises so that a plugin's {@code Plugin-Requires} range
 * means something.
 *
 * <p>A host passes {@link #VERSION} to PF4J's {@code PluginManager.setSystemVersion}; PF4J then
 * refuses plugins whose {@code Plugin-Requires} (for example {@code >=1.0.0 & <2.0.0}) excludes it.
 * The version follows semantic versioning: a minor version adds types or default methods, only a
 * major version breaks plugins. The SDK jar's manifest carries the same value as {@code
 * Sdk-Version}.
 *
 * <p>{@code VERSION} is a compile-time constant, so a plugin that reads it sees the version it was
 * compiled against, not the host's.
 *
 * @since 1.0
 */
public final class SdkVersion {

  /** This SDK's semantic version. */
  public static final String VERSION = "1.2.0";

  private SdkVersion() {}
}

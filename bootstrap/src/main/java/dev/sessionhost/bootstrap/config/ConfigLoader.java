package dev.sessionhost.bootstrap.config;

import dev.sessionhost.support.yaml.LocatedException;
import dev.sessionhost.support.yaml.YamlNode;
import dev.sessionhost.support.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the configuration file of sessionhost.
 *
 * <p>Every key is optional. A relative path in the file ({@code agent.scenario}, {@code
 * pluginsDir}, {@code stateDir}) is taken from the directory of the file itself, so a file means
 * the same wherever sessionhost is started from; a path key left out takes its default under the
 * sessionhost home ({@code plugins/}, {@code state/}). A key written without a value keeps its
 * default. Relative paths given on the command line are taken from the current directory instead
 * (see {@link ConfigOverrides}).
 */
public final class ConfigLoader {

  /** The system property the launcher sets to the distribution's directory. */
  public static final String HOME_PROPERTY = "sessionhost.home";

  /** Where the distribution keeps its configuration file, relative to the home. */
  public static final Path STANDARD_FILE = Path.of("conf", "sessionhost.yaml");

  private ConfigLoader() {}

  /**
   * Reads a configuration file.
   *
   * @param file the file; errors name it as given here
   * @param home the sessionhost home, under which the default folders lie
   * @throws LocatedException naming the file, and the line, column and key when the fault is in it
   */
  public static SessionhostConfig load(Path file, Path home) {
    String source = file.toString();
    byte[] content;
    try {
      if (Files.isDirectory(file)) {
        throw LocatedException.aboutFile(source, "is a directory, not a configuration file");
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw LocatedException.aboutFile(source, "no such file");
    } catch (AccessDeniedException e) {
      throw LocatedException.aboutFile(source, "cannot be read: permission denied");
    } catch (IOException e) {
      throw LocatedException.aboutFile(source, "cannot be read: " + e.getMessage());
    }
    Path base = file.toAbsolutePath().normalize().getParent();
    Optional<YamlNode> root = YamlReader.read(content, source);
    return root.isPresent()
        ? ConfigBinder.bind(root.get(), source, base, home)
        : defaults(home).readFrom(source);
  }

  /**
   * Reads {@code conf/sessionhost.yaml} under the home when there is one, else gives the defaults:
   * what runs when no {@code --config} is given.
   */
  public static SessionhostConfig loadStandard(Path home) {
    Path file = home.resolve(STANDARD_FILE);
    return Files.exists(file) ? load(file, home) : defaults(home);
  }

  /** The configuration of an empty file: every section with its defaults. */
  public static SessionhostConfig defaults(Path home) {
    return new SessionhostConfig(
        AgentSection.defaults(home),
        PluginsSection.DEFAULTS,
        ChecksSection.DEFAULTS,
        HttpSection.DEFAULTS,
        BrokerSection.DEFAULTS,
        CommandChecksSection.NONE,
        BrokerServerSection.defaults(home),
        "");
  }

  /** The home the launcher named in {@value #HOME_PROPERTY}, else the current directory. */
  public static Path home() {
    String home = System.getProperty(HOME_PROPERTY, "");
    return Path.of(home.isBlank() ? "." : home).toAbsolutePath().normalize();
  }
}

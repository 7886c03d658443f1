package dev.sessionhost.adapter.out.history;

import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the update status in {@code update-state.json} in the state directory, replaced whole on
 * every save (a temporary file moved over it), so a reader never sees half a file.
 */
public final class UpdateStatusFile implements PersistUpdateStatusPort {

  static final String FILE_NAME = "update-state.json";
  private static final System.Logger LOG = System.getLogger(UpdateStatusFile.class.getName());

  /** Built on the first read or write of a file: a check on a host without one never pays. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  private final Path directory;
  private final Path file;
  private final Clock clock;

  /** The status file in {@code stateDir}; the directory is created on the first save. */
  public UpdateStatusFile(Path stateDir) {
    this(stateDir, Clock.systemUTC());
  }

  /** As {@link #UpdateStatusFile(Path)}; {@code clock} dates the name of a damaged file kept. */
  public UpdateStatusFile(Path stateDir, Clock clock) {
    this.directory = stateDir;
    this.file = stateDir.resolve(FILE_NAME);
    this.clock = clock;
  }

  /**
   * The saved status; empty when none was saved, and also when the file is damaged: then it is
   * moved aside for the operator (never deleted) and one warning says what was wrong.
   */
  @Override
  public synchronized Optional<UpdateStatus> load() {
    String problem;
    try {
      if (Files.isDirectory(file)) {
        problem = "is a directory, not a file";
      } else {
        return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      problem = reason(e);
    }
    // a status that cannot be read must not stop the agent: it starts as if none was saved
    LOG.log(
        Level.WARNING,
        file
            + " "
            + problem
            + ": "
            + DamagedFile.keptAside(file, clock)
            + "; starting from the initial update state");
    return Optional.empty();
  }

  @Override
  public synchronized void save(UpdateStatus status) {
    Path temp = null;
    try {
      Files.createDirectories(directory);
      temp = Files.createTempFile(directory, FILE_NAME + ".", ".tmp");
      Files.writeString(temp, format(status), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not save the update status " + status + " in " + file, e);
      deleteQuietly(temp);
    }
  }

  static String format(UpdateStatus status) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("state", status.state().wireName());
    json.put("errorMessage", status.errorMessage());
    json.put("lastUpdateTime", status.lastUpdateTime().map(Instant::toString).orElse(null));
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
  }

  static UpdateStatus parse(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("is empty");
    }
    JsonNode json = Json.MAPPER.readTree(text);
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("is not a JSON object");
    }
    String wireName = json.path("state").asString("");
    UpdateState state =
        Arrays.stream(UpdateState.values())
            .filter(candidate -> candidate.wireName().equals(wireName))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("names an unknown state '" + wireName + "'"));
    JsonNode message = json.path("errorMessage");
    JsonNode time = json.path("lastUpdateTime");
    Optional<Instant> at =
        time.isString() ? Optional.of(instant(time.asString())) : Optional.empty();
    try {
      return new UpdateStatus(state, message.isString() ? message.asString() : "", at);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("holds no valid update status: " + e.getMessage(), e);
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("has a lastUpdateTime that is not a time: '" + text + "'");
    }
  }

  /** What is wrong with the file, in words that follow its name. */
  private static String reason(Exception e) {
    if (e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    if (e instanceof CharacterCodingException) {
      return "is not valid JSON (not UTF-8 text)";
    }
    if (e instanceof JacksonException json) {
      TokenStreamLocation at = json.getLocation();
      return "is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
    // the first line of the message: Jackson appends where in the file it was, over lines
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return "cannot be read ("
        + (message.isBlank()
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + message)
        + ")";
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // nothing more to do: the next save writes a new temporary file
    }
  }
}

package dev.sessionhost.adapter.out.history;

import dev.sessionhost.application.port.out.PersistUpdateStatusPort;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
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
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Path directory;
  private final Path file;

  /** The status file in {@code stateDir}; the directory is created on the first save. */
  public UpdateStatusFile(Path stateDir) {
    this.directory = stateDir;
    this.file = stateDir.resolve(FILE_NAME);
  }

  @Override
  public Optional<UpdateStatus> load() {
    try {
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // a status that cannot be read must not stop the agent: it starts as if none was saved
      LOG.log(Level.WARNING, "ignoring the unreadable update status in " + file + ": " + reason(e));
      return Optional.empty();
    }
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
    ObjectNode json = MAPPER.createObjectNode();
    json.put("state", status.state().wireName());
    json.put("errorMessage", status.errorMessage());
    json.put("lastUpdateTime", status.lastUpdateTime().map(Instant::toString).orElse(null));
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
  }

  static UpdateStatus parse(String text) {
    JsonNode json = MAPPER.readTree(text);
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String wireName = json.path("state").asString("");
    UpdateState state =
        Arrays.stream(UpdateState.values())
            .filter(candidate -> candidate.wireName().equals(wireName))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown state '" + wireName + "'"));
    JsonNode message = json.path("errorMessage");
    JsonNode time = json.path("lastUpdateTime");
    return new UpdateStatus(
        state,
        message.isString() ? message.asString() : "",
        time.isString() ? Optional.of(Instant.parse(time.asString())) : Optional.empty());
  }

  /** The first line of the message: Jackson appends where in the file it was, over lines. */
  private static String reason(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
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

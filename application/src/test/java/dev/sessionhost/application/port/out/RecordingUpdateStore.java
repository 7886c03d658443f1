package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.update.UpdateStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An update-status store that loads nothing and records every save, and runs a hook on each. */
public class RecordingUpdateStore implements PersistUpdateStatusPort {

  private final List<UpdateStatus> saved = new ArrayList<>();
  private final Runnable onSave;

  public RecordingUpdateStore() {
    this(() -> {});
  }

  public RecordingUpdateStore(Runnable onSave) {
    this.onSave = onSave;
  }

  @Override
  public Optional<UpdateStatus> load() {
    return Optional.empty();
  }

  @Override
  public void save(UpdateStatus status) {
    saved.add(status);
    onSave.run();
  }

  /** Every status saved, in order. */
  public List<UpdateStatus> saved() {
    return saved;
  }
}

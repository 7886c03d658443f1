package dev.sessionhost.adapter.out.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the file a command's program names, as {@code execvp} would: a name with a slash is a path
 * (relative to the working directory), a bare name is looked up in the {@code PATH} the command
 * gets. Finding it first lets a missing or non-executable program be told apart from a program that
 * ran and failed, even when a wrapper such as {@code setsid} starts it.
 *
 * @param file the program's file, when it was found and may be executed
 * @param problem why it cannot be run, when it cannot
 */
record ProgramPath(Optional<Path> file, Optional<String> problem) {

  /** Resolves {@code program} against {@code directory} or the search path {@code path}. */
  static ProgramPath resolve(String program, Path directory, String path) {
    if (program.contains("/")) {
      return judge(program, directory.resolve(program));
    }
    boolean seen = false;
    for (String folder : path.split(":")) {
      // an empty PATH element means the working directory, as for execvp
      Path candidate = (folder.isEmpty() ? directory : directory.resolve(folder)).resolve(program);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return new ProgramPath(Optional.of(candidate), Optional.empty());
      }
      seen |= Files.exists(candidate);
    }
    return failure((seen ? "not executable: " : "no such program: ") + program);
  }

  private static ProgramPath judge(String program, Path file) {
    if (!Files.exists(file)) {
      return failure("no such program: " + program);
    }
    if (Files.isDirectory(file) || !Files.isExecutable(file)) {
      return failure("not executable: " + program);
    }
    return new ProgramPath(Optional.of(file), Optional.empty());
  }

  private static ProgramPath failure(String problem) {
    return new ProgramPath(Optional.empty(), Optional.of(problem));
  }
}

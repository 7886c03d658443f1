package dev.sessionhost.adapter.out.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether a process of a test is gone, counting a zombie nobody reaped yet as gone. */
final class Processes {

  private Processes() {}

  /** Whether the process is gone within five seconds. */
  static boolean eventuallyGone(long pid) throws InterruptedException, IOException {
    for (int i = 0; i < 50; i++) {
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid)) {
        Thread.sleep(100);
      } else {
        return true;
      }
    }
    return false;
  }

  private static boolean zombie(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return false;
    }
    String text = Files.readString(stat);
    return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
  }
}

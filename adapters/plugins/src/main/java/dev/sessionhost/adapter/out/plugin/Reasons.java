package dev.sessionhost.adapter.out.plugin;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import org.pf4j.PluginRuntimeException;

/** Turns exceptions into the short, specific reasons an operator reads in a plugin problem. */
final class Reasons {

  private static final int MAX_LENGTH = 300;

  private Reasons() {}

  /** "Type: message" of the exception that really went wrong, past reflection's wrappers. */
  static String describe(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof PluginRejectedException) {
      return ((PluginRejectedException) cause).reason();
    }
    String type =
        cause.getClass().getSimpleName().isEmpty()
            ? cause.getClass().getName()
            : cause.getClass().getSimpleName();
    String message = cause.getMessage();
    return cap(message == null || message.isBlank() ? type : type + ": " + message);
  }

  /** The message of an I/O failure, which names the problem without its type. */
  static String messageOf(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    String message = cause.getMessage();
    return cap(message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
  }

  static String cap(String text) {
    String oneLine = text.replaceAll("\\s*\\R\\s*", " ").strip();
    return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 3) + "...";
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while (current.getCause() != null && current.getCause() != current && isWrapper(current)) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isWrapper(Throwable thrown) {
    return thrown instanceof InvocationTargetException
        || thrown instanceof ExceptionInInitializerError
        || thrown instanceof UndeclaredThrowableException
        || (thrown instanceof PluginRuntimeException
            && !(thrown instanceof PluginRejectedException));
  }
}

package dev.sessionhost.adapter.out.plugin;

import java.util.concurrent.Callable;

/**
 * Runs plugin code with the plugin's class loader as the thread's context class loader, which
 * libraries inside a plugin (service loaders, XML and JSON parsers) rely on, and restores the
 * previous one afterwards.
 */
final class ContextClassLoader {

  /** Plugin code that may throw what its caller handles. */
  @FunctionalInterface
  interface Action<T, E extends Exception> {
    T run() throws E;
  }

  private ContextClassLoader() {}

  static <T, E extends Exception> T with(ClassLoader loader, Action<T, E> action) throws E {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** For actions whose exceptions need no handling here. */
  static <T> T call(ClassLoader loader, Callable<T> action) throws Exception {
    return with(loader, action::call);
  }
}

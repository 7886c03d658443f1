package dev.sessionhost.bootstrap;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import java.util.Collection;
import java.util.List;

/** Says in one line why the wiring failed, rather than Guice's page of explanation. */
final class StartupFailure {

  private StartupFailure() {}

  static String describe(RuntimeException failure) {
    Collection<Message> messages = messages(failure);
    Throwable cause = failure.getCause();
    if (cause != null) {
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }
    if (!messages.isEmpty()) {
      return messages.iterator().next().getMessage().lines().findFirst().orElse("");
    }
    return String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
  }

  private static Collection<Message> messages(RuntimeException failure) {
    if (failure instanceof CreationException creation) {
      return creation.getErrorMessages();
    }
    if (failure instanceof ConfigurationException configuration) {
      return configuration.getErrorMessages();
    }
    if (failure instanceof ProvisionException provision) {
      return provision.getErrorMessages();
    }
    return List.of();
  }
}

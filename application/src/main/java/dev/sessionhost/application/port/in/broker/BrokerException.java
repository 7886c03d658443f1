package dev.sessionhost.application.port.in.broker;

import java.util.Objects;

/**
 * A request the broker refuses, with the code the service names it by. The inbound adapter maps
 * each code to its answer (an HTTP status, an exit code).
 */
public final class BrokerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the broker refused. */
  public enum Code {
    /** No registration token with that value: 401. */
    INVALID_REGISTRATION_TOKEN,
    /** The registration token has expired: 401. */
    EXPIRED_MACHINE_TOKEN,
    /** A host of that name is already registered in the pool: 409. */
    NAME_ALREADY_REGISTERED,
    /** No host has that credential (never issued, or its host was deleted): 401. */
    INVALID_CREDENTIAL,
    /** A host's credential used for something other than its own host: 403. */
    FORBIDDEN,
    /** No such host pool: 404. */
    POOL_NOT_FOUND,
    /** No such session host: 404. */
    HOST_NOT_FOUND,
    /** The request itself is not valid (a bad name, an expiry out of range): 400. */
    INVALID_REQUEST
  }

  private final Code code;

  public BrokerException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public Code code() {
    return code;
  }
}

package dev.sessionhost.plugin.api;

/**
 * The result of asking the directory whether it still trusts the machine's account.
 *
 * @param trusted whether the directory accepted the machine's credentials
 * @param method how it was asked, e.g. {@code kinit -k} or {@code adcli testjoin}
 * @param answer what the directory (or the tool) said, for the check's message
 * @since 1.0
 */
public record TrustTest(boolean trusted, String method, String answer) {

  /** Validates the fields. */
  public TrustTest {
    Arguments.nonBlank(method, "method");
    Arguments.present(answer, "answer");
  }
}

package dev.sessionhost.domain.update;

/** The stage of the agent's latest component upgrade, as the API's {@code updateState}. */
public enum UpdateState {
  INITIAL("Initial"),
  PENDING("Pending"),
  STARTED("Started"),
  SUCCEEDED("Succeeded"),
  FAILED("Failed");

  private final String wireName;

  UpdateState(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}

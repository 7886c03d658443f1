package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeAnswersTest {

  @Test
  void httpHeadersAreLookedUpIgnoringCase() {
    HttpAnswer answer =
        new HttpAnswer(
            200, Map.of("Content-Type", List.of("application/json")), "{}", Duration.ZERO);

    assertThat(answer.header("content-type")).contains("application/json");
    assertThat(answer.header("Server")).isEmpty();
  }

  @Test
  void httpHeadersDifferingOnlyInCaseAreMergedAndTheNullStatusLineIsDropped() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("Set-Cookie", List.of("a"));
    headers.put("set-cookie", List.of("b"));
    headers.put(null, List.of("HTTP/1.1 200 OK"));

    HttpAnswer answer = new HttpAnswer(200, headers, "", Duration.ZERO);

    assertThat(answer.headers()).hasSize(1);
    assertThat(answer.headers().values().iterator().next()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void httpBodyIsCutAt64KiCharacters() {
    HttpAnswer answer = new HttpAnswer(200, Map.of(), "x".repeat(100_000), Duration.ZERO);

    assertThat(answer.body()).hasSize(HttpAnswer.MAX_BODY_CHARS);
  }

  @Test
  void httpStatusMustBeAStatusCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HttpAnswer(0, Map.of(), "", Duration.ZERO))
        .withMessage("status must be from 100 to 999, found 0");
  }

  @Test
  void membershipCopiesItsSourcesAndNeedsAtLeastOne() {
    List<String> sources = new ArrayList<>(List.of("realm list"));
    DomainMembership membership = DomainMembership.notJoined(sources);
    sources.add("later");

    assertThat(membership.sources()).containsExactly("realm list");
    assertThat(membership.joined()).isFalse();
    assertThat(membership.realm()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DomainMembership.notJoined(List.of()))
        .withMessageContaining("at least one");
    assertThatThrownBy(() -> membership.sources().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aServiceThatIsNotInstalledCannotBeActive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ServiceState("ama", false, true, "", "systemctl show ama"))
        .withMessageContaining("service ama cannot be active");
  }

  @Test
  void aMissingPathIsNeitherReadableNorADirectory() {
    assertThat(PathState.missing("/srv/a.vhdx", "no such file").exists()).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PathState("/srv/a.vhdx", false, true, false, 0, ""))
        .withMessageContaining("does not exist");
  }

  @Test
  void answersMustNameTheirSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ListenerState(true, 3389, "xrdp", " "))
        .withMessageStartingWith("source must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TrustTest(true, "", "ok"))
        .withMessageStartingWith("method must not be blank");
  }

  @Test
  void listenerPortsAreTcpPortsOrZeroWhenUnknown() {
    assertThat(new ListenerState(false, 0, "", "/proc/net/tcp").port()).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ListenerState(true, 70000, "", "/proc/net/tcp"))
        .withMessage("port must be between 0 and 65535, found 70000");
  }
}

package dev.sessionhost.support.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class LocatedExceptionTest {

  @Test
  void theMessageNamesTheFileLineColumnAndKeyBeforeTheProblem() {
    LocatedException e = new LocatedException("c.yaml", 3, 18, "agent.cycleInterval", "too short");

    assertThat(e).hasMessage("c.yaml:3:18: agent.cycleInterval: too short");
    assertThat(e.source()).isEqualTo("c.yaml");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.key()).isEqualTo("agent.cycleInterval");
    assertThat(e.problem()).isEqualTo("too short");
  }

  @Test
  void whatIsNotKnownIsLeftOutOfTheMessage() {
    assertThat(new LocatedException("c.yaml", 3, 0, "", "broken")).hasMessage("c.yaml:3: broken");
    assertThat(new LocatedException("c.yaml", 0, 5, "a", "x")).hasMessage("c.yaml: a: x");
    assertThat(new LocatedException("", 0, 0, "a.b", "x")).hasMessage("a.b: x");
    assertThat(new LocatedException("c.yaml", 0, 5, "a", "x").column()).isZero();
  }

  @Test
  void anErrorAboutTheWholeFileKeepsItsCause() {
    IOException cause = new IOException("denied");
    LocatedException e = LocatedException.aboutFile("c.yaml", "cannot be read", cause);

    assertThat(e).hasMessage("c.yaml: cannot be read").hasCause(cause);
    assertThat(e.line()).isZero();
    assertThat(e.key()).isEmpty();
  }
}

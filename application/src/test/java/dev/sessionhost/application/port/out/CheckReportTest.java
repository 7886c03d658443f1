package dev.sessionhost.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.check.CheckOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckReportTest {

  @Test
  void detailsKeepTheOrderTheCheckWroteThemInAndCannotChange() {
    Map<String, String> written = new LinkedHashMap<>();
    for (String key : new String[] {"zeta", "alpha", "mu", "beta", "omega", "gamma"}) {
      written.put(key, key.toUpperCase());
    }

    CheckReport report = new CheckReport(CheckOutcome.FAILED, 2, "two of six failed", written);

    assertThat(report.details().keySet())
        .containsExactly("zeta", "alpha", "mu", "beta", "omega", "gamma");
    assertThatThrownBy(() -> report.details().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

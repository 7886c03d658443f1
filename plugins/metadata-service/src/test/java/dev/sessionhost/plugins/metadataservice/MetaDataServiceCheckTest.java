package dev.sessionhost.plugins.metadataservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MetaDataServiceCheckTest {

  private static final String DEFAULT_URL =
      "http://169.254.169.254/metadata/instance/compute?api-version=2021-02-01&format=json";
  private static final String COMPUTE =
      "{\"location\":\"westeurope\",\"name\":\"sh-0\",\"vmId\" : \"02aab8a4-74ef-476e-8182\"}";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final MetaDataServiceCheck check = new MetaDataServiceCheck();

  @Test
  void describesANonFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("MetaDataServiceCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.NON_FATAL);
    assertThat(check.descriptor().remediation()).contains("firewall", "169.254.169.254");
  }

  @Test
  void passesOn200WithAVmIdAndNamesIt() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message())
        .isEqualTo(
            "the metadata service answered HTTP 200 with vmId 02aab8a4-74ef-476e-8182 from "
                + DEFAULT_URL);
    assertThat(verdict.details()).containsEntry("vmId", "02aab8a4-74ef-476e-8182");
  }

  @Test
  void asksTheDefaultEndpointWithTheMetadataHeaderBypassingTheProxy() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(http.uri).isEqualTo(URI.create(DEFAULT_URL));
    assertThat(http.headers).containsExactly(Map.entry("Metadata", "true"));
    assertThat(http.bypassProxy).isTrue();
    assertThat(http.timeout).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void usesTheConfiguredEndpointApiVersionAndRequestTimeout() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));
    Map<String, String> settings =
        Map.of(
            "endpoint", "http://127.0.0.1:8080/",
            "apiVersion", "2025-04-07",
            "requestTimeout", "500ms");

    check.run(context(settings, http, Duration.ofSeconds(10)));

    assertThat(http.uri)
        .isEqualTo(
            URI.create(
                "http://127.0.0.1:8080/metadata/instance/compute?api-version=2025-04-07&format=json"));
    assertThat(http.timeout).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void cutsTheRequestTimeoutToTheTimeLeft() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    check.run(context(Map.of(), http, Duration.ofMillis(700)));

    assertThat(http.timeout).isEqualTo(Duration.ofMillis(700));
  }

  @Test
  void failsNamingTheStatusAndTheAddressOnAnAnswerOtherThan200() {
    FakeHttp http = new FakeHttp(() -> answer(404, "not found"));

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(MetaDataServiceCheck.NOT_OK);
    assertThat(verdict.message())
        .isEqualTo("the metadata service answered HTTP 404 from " + DEFAULT_URL);
    assertThat(verdict.details()).containsEntry("body", "not found");
  }

  @Test
  void pointsAtTheApiVersionOnABadRequest() {
    FakeHttp http = new FakeHttp(() -> answer(400, "{\"error\":\"Bad request\"}"));

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(verdict.errorCode()).isEqualTo(MetaDataServiceCheck.NOT_OK);
    assertThat(verdict.message()).contains("HTTP 400").contains("apiVersion");
  }

  @Test
  void failsOn200WithoutAVmId() {
    FakeHttp http = new FakeHttp(() -> answer(200, "{\"name\":\"sh-0\",\"vmId\":\"\"}"));

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(verdict.errorCode()).isEqualTo(MetaDataServiceCheck.NO_VM_ID);
    assertThat(verdict.message())
        .isEqualTo(
            "the metadata service answered HTTP 200 from "
                + DEFAULT_URL
                + " but the body holds no vmId");
  }

  @Test
  void doesNotTakeAVmIdThatIsNotAJsonTextValue() {
    FakeHttp http = new FakeHttp(() -> answer(200, "{\"vmId\": 42, \"note\": \"vmId\"}"));

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(verdict.errorCode()).isEqualTo(MetaDataServiceCheck.NO_VM_ID);
  }

  @Test
  void failsWithTheProbesReasonWhenTheServiceDoesNotAnswer() {
    FakeHttp http =
        new FakeHttp(
            () -> {
              throw new ProbeException("connection refused by 169.254.169.254:80");
            });

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ofSeconds(10)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(MetaDataServiceCheck.UNREACHABLE);
    assertThat(verdict.message())
        .isEqualTo(
            "the metadata service did not answer at "
                + DEFAULT_URL
                + ": connection refused by 169.254.169.254:80");
  }

  @Test
  void isUndeterminedWithoutAskingWhenNoTimeIsLeft() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    CheckVerdict verdict = check.run(context(Map.of(), http, Duration.ZERO));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(http.uri).isNull();
  }

  @Test
  void rejectsAnEndpointThatIsNotAnHttpAddressNamingTheKey() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    assertThatThrownBy(
            () -> check.run(context(Map.of("endpoint", "ftp://x"), http, Duration.ofSeconds(1))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'endpoint'")
        .hasMessageContaining("ftp://x");
    assertThat(http.uri).isNull();
  }

  @Test
  void rejectsAnApiVersionThatCannotGoIntoTheQueryNamingTheKey() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    assertThatThrownBy(
            () -> check.run(context(Map.of("apiVersion", "2021&x=1"), http, Duration.ofSeconds(1))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'apiVersion'");
  }

  @Test
  void rejectsAZeroOrMalformedRequestTimeoutNamingTheKey() {
    FakeHttp http = new FakeHttp(() -> answer(200, COMPUTE));

    assertThatThrownBy(
            () -> check.run(context(Map.of("requestTimeout", "0s"), http, Duration.ofSeconds(1))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'requestTimeout'");
    assertThatThrownBy(
            () -> check.run(context(Map.of("requestTimeout", "2"), http, Duration.ofSeconds(1))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'requestTimeout'");
  }

  private static HttpAnswer answer(int status, String body) {
    return new HttpAnswer(status, Map.of(), body, Duration.ofMillis(12));
  }

  private static CheckContext context(Map<String, ?> settings, HttpProbe http, Duration left) {
    return SimpleCheckContext.forCheck("MetaDataServiceCheck")
        .settings(settings)
        .clock(CLOCK)
        .timeout(left)
        .probe(HttpProbe.class, http)
        .build();
  }

  /** Records the request and gives the scripted answer. */
  private static final class FakeHttp implements HttpProbe {
    private final Supplier<HttpAnswer> answer;
    private URI uri;
    private Map<String, String> headers;
    private Duration timeout;
    private boolean bypassProxy;

    FakeHttp(Supplier<HttpAnswer> answer) {
      this.answer = answer;
    }

    @Override
    public HttpAnswer get(
        URI uri, Map<String, String> headers, Duration timeout, boolean bypassProxy) {
      this.uri = uri;
      this.headers = headers;
      this.timeout = timeout;
      this.bypassProxy = bypassProxy;
      return answer.get();
    }

    @Override
    public ReachAnswer reach(String host, int port, Duration timeout) {
      throw new AssertionError("the metadata check only sends a GET");
    }
  }
}

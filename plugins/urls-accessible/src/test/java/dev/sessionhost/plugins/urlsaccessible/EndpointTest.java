package dev.sessionhost.plugins.urlsaccessible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.SettingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

  @ParameterizedTest
  @CsvSource({
    "login.microsoftonline.com, login.microsoftonline.com, 443",
    "azkms.core.windows.net:1688, azkms.core.windows.net, 1688",
    "169.254.169.254:80, 169.254.169.254, 80",
    "https://example.com, example.com, 443",
    "https://example.com/path?q=1, example.com, 443",
    "http://example.com, example.com, 80",
    "HTTP://example.com/, example.com, 80",
    "http://example.com:8080/x, example.com, 8080",
    "https://example.com:8443, example.com, 8443",
    "[::1]:8443, ::1, 8443",
    "[::1], ::1, 443",
    "'  padded.example.com  ', padded.example.com, 443",
  })
  void readsHostAndPortFromEachKindOfEntry(String entry, String host, int port) {
    assertThat(Endpoint.parse(entry, "UrlsAccessibleCheck", "urls[0]"))
        .isEqualTo(new Endpoint(host, port));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "example.com:0",
        "example.com:65536",
        "example.com:http",
        "example.com:",
        ":443",
        "ftp://example.com",
        "https://",
        "example.com/path",
        "[::1",
        "[::1]x"
      })
  void rejectsEntriesThatAreNotEndpointsNamingTheKeyAndTheEntry(String entry) {
    assertThatThrownBy(() -> Endpoint.parse(entry, "UrlsAccessibleCheck", "urls[4]"))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'urls[4]'")
        .hasMessageContaining(entry);
  }

  @ParameterizedTest
  @CsvSource({"example.com, 443, example.com:443", "::1, 80, '[::1]:80'"})
  void labelsTheEndpointAsHostColonPort(String host, int port, String label) {
    assertThat(new Endpoint(host, port).label()).isEqualTo(label);
  }
}

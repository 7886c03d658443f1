package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The eleven checks the session host API names. */
class KnownCheckTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "0, DomainJoinedCheck, UNAVAILABLE, true",
    "1, DomainTrustCheck, UNAVAILABLE, true",
    "2, FSLogixHealthCheck, UNAVAILABLE, false",
    "3, SxSStackListenerCheck, UNAVAILABLE, true",
    "4, UrlsAccessibleCheck, NEEDS_ASSISTANCE, true",
    "5, MonitoringAgentCheck, NEEDS_ASSISTANCE, true",
    "6, DomainReachable, UNAVAILABLE, false",
    "7, WebRTCRedirectorCheck, NEEDS_ASSISTANCE, false",
    "8, SupportedEncryptionCheck, UNAVAILABLE, false",
    "9, MetaDataServiceCheck, NEEDS_ASSISTANCE, true",
    "10, AppAttachHealthCheck, NEEDS_ASSISTANCE, true"
  })
  void eachCheckHasItsCodeWireNameEffectAndDefault(
      int code, String wireName, FailureEffect effect, boolean enabledByDefault) {
    KnownCheck check = KnownCheck.byCode(code).orElseThrow();

    assertThat(check.id()).isEqualTo(CheckId.of(wireName));
    assertThat(check.definition().defaultEffect()).isEqualTo(effect);
    assertThat(check.enabledByDefault()).isEqualTo(enabledByDefault);
    assertThat(KnownCheck.byId(CheckId.of(wireName))).contains(check);
  }

  @Test
  void thereAreElevenWithUniqueCodesFromZeroToTen() {
    assertThat(Arrays.stream(KnownCheck.values()).map(KnownCheck::code))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void theSeedSetIsEnabledByDefault() {
    assertThat(
            Arrays.stream(KnownCheck.values())
                .filter(KnownCheck::enabledByDefault)
                .map(KnownCheck::code))
        .containsExactly(0, 1, 3, 4, 5, 9, 10);
  }

  @ParameterizedTest
  @EnumSource(KnownCheck.class)
  void eachDefinitionIsCompleteWithTheStandardTimeout(KnownCheck check) {
    CheckDefinition definition = check.definition();

    assertThat(definition.displayName()).isNotBlank();
    assertThat(definition.verifies()).isNotBlank();
    assertThat(definition.remediation()).isNotBlank();
    assertThat(definition.defaultTimeout()).isEqualTo(CheckDefinition.STANDARD_TIMEOUT);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, 99})
  void anUnknownCodeNamesNoCheck(int code) {
    assertThat(KnownCheck.byCode(code)).isEmpty();
  }

  @Test
  void anUnknownIdNamesNoCheck() {
    assertThat(KnownCheck.byId(CheckId.of("MyPluginCheck"))).isEmpty();
    assertThat(KnownCheck.byId(CheckId.of("domainjoinedcheck"))).isEmpty();
  }
}

package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IniFileTest {

  @Test
  void readsTopLevelKeysOfKrb5ConfAndSkipsNestedBlocks() {
    IniFile krb5 = IniFile.parse(Recorded.text("krb5.conf"));

    assertThat(krb5.value("libdefaults", "default_realm")).contains("CORP.EXAMPLE.COM");
    assertThat(krb5.value("realms", "kdc")).isEmpty();
    assertThat(krb5.value("domain_realm", ".corp.example.com")).contains("CORP.EXAMPLE.COM");
  }

  @Test
  void comparesKeysWithoutCaseOrInnerSpacesAndSkipsComments() {
    IniFile smb = IniFile.parse(Recorded.text("smb-ads.conf"));
    IniFile standalone = IniFile.parse(Recorded.text("smb-standalone.conf"));

    assertThat(smb.value("GLOBAL", "security")).contains("ADS");
    assertThat(smb.value("global", "kerberosmethod")).contains("secrets and keytab");
    assertThat(standalone.value("global", "realm")).isEmpty();
  }

  @Test
  void keepsSectionNamesAsWritten() {
    IniFile sssd = IniFile.parse(Recorded.text("sssd.conf"));

    assertThat(sssd.sectionNames()).contains("sssd", "domain/corp.example.com");
    assertThat(sssd.value("domain/corp.example.com", "id_provider")).contains("ad");
  }
}

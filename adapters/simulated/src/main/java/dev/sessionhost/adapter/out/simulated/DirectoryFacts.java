package dev.sessionhost.adapter.out.simulated;

/**
 * The scenario's {@code directory} section: domain membership and the answer of a trust test.
 *
 * @param joined whether the host is joined; default false
 * @param realm the realm joined, required when joined
 * @param keytab the machine keytab; default {@code /etc/krb5.keytab} when joined, {@code ""} for a
 *     joined host whose keytab is missing
 * @param trusted whether the domain accepts the machine account; default false
 * @param trustAnswer what the domain said, for the check's message; default a plain sentence
 */
record DirectoryFacts(
    Boolean joined, String realm, String keytab, Boolean trusted, String trustAnswer) {

  static final String DEFAULT_KEYTAB = "/etc/krb5.keytab";

  /** Applies the defaults and rejects trust without membership. */
  DirectoryFacts {
    joined = joined != null && joined;
    trusted = trusted != null && trusted;
    realm = realm == null ? "" : realm.trim();
    if (joined && realm.isEmpty()) {
      throw new FactException("realm", "is required when joined is true");
    }
    if (trusted && !joined) {
      throw new FactException("trusted", "cannot be true when joined is false");
    }
    keytab = keytab == null ? (joined ? DEFAULT_KEYTAB : "") : keytab.trim();
    if (trustAnswer == null) {
      trustAnswer =
          trusted
              ? "the domain controller accepted the machine account"
              : "the domain controller refused the machine account";
    }
  }

  /** A host that is not joined: what a scenario without a directory section describes. */
  static DirectoryFacts absent() {
    return new DirectoryFacts(false, null, null, false, null);
  }
}

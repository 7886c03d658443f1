package dev.sessionhost.domain.pool;

/** Which host: its pool and its name in that pool. */
public record SessionHostKey(String pool, String name) {

  public SessionHostKey {
    Names.require("host pool name", pool);
    Names.require("session host name", name);
  }

  /** The key as the Azure API names a session host: {@code pool/name}. */
  @Override
  public String toString() {
    return pool + "/" + name;
  }
}

package dev.sessionhost.adapter.out.simulated;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/** Reads a key of the {@code http} map, reporting a bad one in the operator's terms. */
final class UrlKeyDeserializer extends KeyDeserializer {

  @Override
  public Object deserializeKey(String key, DeserializationContext context) {
    try {
      return UrlKey.parse(key);
    } catch (IllegalArgumentException e) {
      throw InvalidFormatException.from(context.getParser(), e.getMessage(), key, UrlKey.class);
    }
  }
}

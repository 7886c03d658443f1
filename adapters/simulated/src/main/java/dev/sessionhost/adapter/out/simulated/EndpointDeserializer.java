package dev.sessionhost.adapter.out.simulated;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads an entry of a {@code network} list, reporting a bad one in the operator's terms. */
final class EndpointDeserializer extends ValueDeserializer<Endpoint> {

  @Override
  public Endpoint deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return context.reportInputMismatch(
          Endpoint.class, "expected an endpoint: host, host:port or a URL");
    }
    try {
      return Endpoint.parse(parser.getString());
    } catch (IllegalArgumentException e) {
      return context.reportInputMismatch(Endpoint.class, e.getMessage());
    }
  }
}

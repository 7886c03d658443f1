package dev.sessionhost.adapter.in.http;

import java.io.IOException;

/** Answers one kind of request; the router has already checked its path, method and access. */
@FunctionalInterface
interface Endpoint {

  Response handle(Request request) throws IOException;
}

/**
 * The sessionhost plugin SDK: the contract a health-check plugin compiles against.
 *
 * <p>To write a check, implement {@link dev.sessionhost.plugin.api.HealthCheck}, annotate the class
 * with PF4J's {@code @Extension} and package it in a PF4J plugin whose manifest states the SDK
 * versions it works with, e.g. {@code Plugin-Requires: >=1.0.0 & <2.0.0} (see {@link
 * dev.sessionhost.plugin.api.SdkVersion}). Declare PF4J and this SDK {@code provided}: the host
 * supplies both.
 *
 * <pre>{@code
 * @Extension
 * public final class PortOpenCheck implements HealthCheck {
 *   private static final CheckDescriptor DESCRIPTOR =
 *       CheckDescriptor.builder("PortOpenCheck")
 *           .displayName("Port open")
 *           .verifies("the service listens on its port")
 *           .severity(Severity.NON_FATAL)
 *           .remediation("Start the service.")
 *           .build();
 *
 *   public CheckDescriptor descriptor() {
 *     return DESCRIPTOR;
 *   }
 *
 *   public CheckVerdict run(CheckContext context) {
 *     int port = context.settings().integer("port", 8080, 1, 65535);
 *     ListenerState state = context.probe(ListenerProbe.class).tcpListener(port);
 *     return state.listening()
 *         ? CheckVerdict.passed("port " + port + " is listening (" + state.source() + ")")
 *         : CheckVerdict.failed(1, "nothing listens on port " + port + " (" + state.source() + ")");
 *   }
 * }
 * }</pre>
 *
 * <p>The host runs each check on its own worker with a deadline, turns anything a check throws (or
 * a null verdict, or a missed deadline) into an {@code UNKNOWN} result, and maps the descriptor's
 * {@link dev.sessionhost.plugin.api.Severity} to the effect a failure has on the host. Facts about
 * the machine come from the environment's probes ({@link
 * dev.sessionhost.plugin.api.CheckContext#probe(Class)}), so the same check runs on a real host and
 * in a simulation.
 *
 * @since 1.0
 */
package dev.sessionhost.plugin.api;

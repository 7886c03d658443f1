/**
 * The {@code simulated} environment: the SDK's probe interfaces answered from a YAML scenario file
 * that is re-read when it changes, for demos, drills and tests. {@link
 * dev.sessionhost.adapter.out.simulated.SimulatedEnvironment} is the entry point.
 */
package dev.sessionhost.adapter.out.simulated;

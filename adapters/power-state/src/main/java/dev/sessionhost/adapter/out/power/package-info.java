/**
 * Sources of the power state of the hosts' machines for the broker, shown beside the status: a
 * command, or a simulation from the configuration.
 */
package dev.sessionhost.adapter.out.power;

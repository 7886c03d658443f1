/**
 * Positioned YAML: {@link dev.sessionhost.support.yaml.YamlReader} reads a file into {@link
 * dev.sessionhost.support.yaml.YamlNode}s that remember their line and column, {@link
 * dev.sessionhost.support.yaml.Section} and {@link dev.sessionhost.support.yaml.Values} read them
 * as the types their keys need, and every fault is a {@link
 * dev.sessionhost.support.yaml.LocatedException} naming the file, line, column and {@link
 * dev.sessionhost.support.yaml.KeyPath key path}.
 */
package dev.sessionhost.support.yaml;

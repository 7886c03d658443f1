package dev.sessionhost.bootstrap.config;

import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.Values;
import dev.sessionhost.support.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the top-level {@code commandChecks} list for the command-checks plugin: a list of sections,
 * each handed over as plain values. The keys of an entry and what they may hold are the plugin's
 * alone; its provider judges every entry while the plugins load, and a refusal stops the command
 * with the file, line and key like any other configuration error ({@code InvalidSettingsAtStart}).
 */
final class CommandChecksBinder {

  static final String SECTION = CommandChecksSection.NAME;

  private CommandChecksBinder() {}

  static CommandChecksSection bind(String source, YamlNode node) {
    if (node == null || (node instanceof YamlNode.Scalar scalar && scalar.isEmpty())) {
      return CommandChecksSection.NONE;
    }
    if (!(node instanceof YamlNode.Sequence sequence)) {
      throw Values.error(
          source, node, SECTION, "expected a list of command checks, found " + node.describe());
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    List<YamlNode> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      String path = KeyPath.item(SECTION, i);
      YamlNode item = items.get(i);
      if (!(item instanceof YamlNode.Mapping)) {
        throw Values.error(
            source,
            item,
            path,
            "expected a command check (id, command, ...), found " + item.describe());
      }
      entries.add(ChecksBinder.settings(Section.of(source, path, item, List.of())));
    }
    return new CommandChecksSection(entries);
  }
}

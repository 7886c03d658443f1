package dev.sessionhost.adapter.out.simulated;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.core.StreamReadConstraints;

/**
 * Finds the YAML node a key path points at, for error messages: Jackson reports where its parser
 * stood, which for an unknown key is after the key's value, not at the key.
 */
final class YamlPlaces {

  private YamlPlaces() {}

  /**
   * The node at the path of property names and list indices: the key itself when {@code atKey},
   * else its value; as deep as the path can be followed; empty when the text does not compose.
   */
  static Optional<Node> find(String text, List<Object> path, boolean atKey) {
    Node current;
    try {
      LoadSettings settings = LoadSettings.builder().build();
      if (nestsDeeperThan(settings, text, StreamReadConstraints.DEFAULT_MAX_DEPTH)) {
        // the composer recurses once per level and would overflow the stack; Jackson's parser
        // stops at this depth anyway, so its own position is the place to report
        return Optional.empty();
      }
      current = new Compose(settings).composeString(text).orElse(null);
    } catch (RuntimeException e) {
      return Optional.empty(); // not YAML at all: the parser's own position is the best we have
    }
    for (int i = 0; current != null && i < path.size(); i++) {
      Object step = path.get(i);
      boolean last = i == path.size() - 1;
      if (current instanceof MappingNode) {
        NodeTuple entry = entry((MappingNode) current, String.valueOf(step));
        if (entry == null) {
          break;
        }
        current = last && atKey ? entry.getKeyNode() : entry.getValueNode();
      } else if (current instanceof SequenceNode && step instanceof Integer) {
        List<Node> items = ((SequenceNode) current).getValue();
        int index = (Integer) step;
        if (index < 0 || index >= items.size()) {
          break;
        }
        current = items.get(index);
      } else {
        break;
      }
    }
    return Optional.ofNullable(current);
  }

  /** Whether the text opens more lists and mappings within each other than {@code limit}. */
  private static boolean nestsDeeperThan(LoadSettings settings, String text, int limit) {
    int depth = 0;
    for (Event event : new Parse(settings).parseString(text)) {
      if (event instanceof CollectionStartEvent) {
        depth++;
        if (depth > limit) {
          return true;
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
    return false;
  }

  /** How to name the node in "found ..." text: a scalar's value, else what kind of node it is. */
  static String describe(Node node) {
    if (node instanceof ScalarNode) {
      ScalarNode scalar = (ScalarNode) node;
      String value = scalar.getValue();
      if (value.length() > 60) {
        value = value.substring(0, 60) + "...";
      }
      return scalar.isPlain() ? value : "\"" + value + "\" (in quotes)";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return node instanceof MappingNode ? "a mapping" : "nothing";
  }

  private static NodeTuple entry(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode instanceof ScalarNode && ((ScalarNode) keyNode).getValue().equals(key)) {
        return tuple;
      }
    }
    return null;
  }
}

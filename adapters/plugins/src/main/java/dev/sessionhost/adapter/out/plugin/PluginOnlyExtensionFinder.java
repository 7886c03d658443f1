package dev.sessionhost.adapter.out.plugin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pf4j.AbstractExtensionFinder;
import org.pf4j.IndexedExtensionFinder;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.pf4j.processor.ExtensionStorage;

/**
 * Finds extensions in plugins only: never on the host's class path, and never through a plugin
 * class loader's fall-back to the host, which would attribute the host's {@code
 * META-INF/extensions.idx} to a plugin that has none.
 */
final class PluginOnlyExtensionFinder extends AbstractExtensionFinder {

  PluginOnlyExtensionFinder(PluginManager manager) {
    super(manager);
  }

  @Override
  public Map<String, Set<String>> readClasspathStorages() {
    return new LinkedHashMap<>();
  }

  @Override
  public Map<String, Set<String>> readPluginsStorages() {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    for (PluginWrapper plugin : pluginManager.getPlugins()) {
      result.put(plugin.getPluginId(), ownIndex(plugin.getPluginClassLoader()));
    }
    return result;
  }

  private static Set<String> ownIndex(ClassLoader loader) {
    Set<String> classNames = new TreeSet<>();
    if (!(loader instanceof URLClassLoader)) {
      return classNames;
    }
    try {
      // findResources searches the plugin's own jars and folders, not the parent
      Enumeration<URL> indexes =
          ((URLClassLoader) loader).findResources(IndexedExtensionFinder.EXTENSIONS_RESOURCE);
      while (indexes.hasMoreElements()) {
        // uncached: a jar replaced at the same path would otherwise be read as it was
        URLConnection connection = indexes.nextElement().openConnection();
        connection.setUseCaches(false);
        try (Reader reader =
            new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
          ExtensionStorage.read(reader, classNames);
        }
      }
    } catch (IOException e) {
      // an unreadable index leaves the plugin without checks, which is reported as such
    }
    return classNames;
  }
}

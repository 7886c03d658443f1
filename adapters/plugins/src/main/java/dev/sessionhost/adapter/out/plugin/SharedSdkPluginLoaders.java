package dev.sessionhost.adapter.out.plugin;

import java.nio.file.Path;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;

/** PF4J's jar and unpacked-zip loaders, each giving plugins a {@link SharedSdkClassLoader}. */
final class SharedSdkPluginLoaders {

  private SharedSdkPluginLoaders() {}

  static PluginLoader create(PluginManager manager) {
    return new CompoundPluginLoader().add(new Jar(manager)).add(new Directory(manager));
  }

  private static ClassLoader hostLoader() {
    return SharedSdkPluginLoaders.class.getClassLoader();
  }

  /** A plugin that is one jar. */
  private static final class Jar extends JarPluginLoader {
    Jar(PluginManager manager) {
      super(manager);
    }

    @Override
    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
      return new SharedSdkClassLoader(pluginManager, descriptor, hostLoader());
    }
  }

  /** A plugin unpacked from a zip: {@code classes/} and {@code lib/*.jar}. */
  private static final class Directory extends DefaultPluginLoader {
    Directory(PluginManager manager) {
      super(manager);
    }

    @Override
    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
      return new SharedSdkClassLoader(pluginManager, descriptor, hostLoader());
    }
  }
}

package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.HealthCheck;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin's own classes first, as PF4J does, but the SDK (and PF4J)
 * always from the host, so that a plugin's {@code HealthCheck} is the host's even when a plugin jar
 * wrongly bundles a copy of the SDK.
 */
final class SharedSdkClassLoader extends PluginClassLoader {

  static final String SDK_PACKAGE_PREFIX = HealthCheck.class.getPackageName() + ".";

  SharedSdkClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
    super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
  }

  @Override
  protected boolean shouldDelegateToParent(String className) {
    return super.shouldDelegateToParent(className) || className.startsWith(SDK_PACKAGE_PREFIX);
  }
}

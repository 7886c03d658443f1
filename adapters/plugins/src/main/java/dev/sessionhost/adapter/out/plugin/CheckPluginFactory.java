package dev.sessionhost.adapter.out.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginWrapper;

/**
 * Creates a plugin's {@code Plugin-Class}, or a plain {@link Plugin} when it names none; unlike
 * PF4J's factory it throws with the reason instead of returning {@code null}, so the failed start
 * says why.
 */
final class CheckPluginFactory implements PluginFactory {

  @Override
  public Plugin create(PluginWrapper wrapper) {
    String className = wrapper.getDescriptor().getPluginClass();
    if (className == null || className.isBlank() || Plugin.class.getName().equals(className)) {
      return new Plugin();
    }
    String pluginId = wrapper.getPluginId();
    Class<?> type;
    try {
      type = wrapper.getPluginClassLoader().loadClass(className);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new PluginRejectedException(
          pluginId, "cannot load Plugin-Class " + className + ": " + Reasons.describe(e));
    }
    if (!Plugin.class.isAssignableFrom(type)
        || Modifier.isAbstract(type.getModifiers())
        || type.isInterface()) {
      throw new PluginRejectedException(
          pluginId, "Plugin-Class " + className + " is not a concrete subclass of org.pf4j.Plugin");
    }
    try {
      return instantiate(type, wrapper);
    } catch (InvocationTargetException e) {
      throw new PluginRejectedException(
          pluginId, "Plugin-Class " + className + " constructor failed: " + Reasons.describe(e));
    } catch (ReflectiveOperationException e) {
      throw new PluginRejectedException(
          pluginId, "cannot create Plugin-Class " + className + ": " + Reasons.describe(e));
    }
  }

  private static Plugin instantiate(Class<?> type, PluginWrapper wrapper)
      throws ReflectiveOperationException {
    try {
      return (Plugin) type.getConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      // plugins written for PF4J before 3.7 take the wrapper
      Constructor<?> legacy = type.getConstructor(PluginWrapper.class);
      return (Plugin) legacy.newInstance(wrapper);
    }
  }
}

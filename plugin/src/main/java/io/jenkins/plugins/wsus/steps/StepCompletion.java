package io.jenkins.plugins.wsus.steps;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Fails a step: {@code StepContext.onFailure(Throwable)}.
 *
 * <p>WHY reflection: {@code onFailure} is declared by Guava's {@code FutureCallback}, which the
 * Jenkins API listing mentions (as a supertype of {@code StepContext}) but does not describe, so
 * the build may not declare it. It is called here, in this one place, through the public interface
 * that declares it; replace with {@code context.onFailure(error)} once the listing describes {@code
 * FutureCallback}.
 */
public final class StepCompletion {
  private StepCompletion() {}

  public static void fail(StepContext context, Throwable error) {
    Method onFailure = find(context.getClass());
    try {
      onFailure.invoke(context, error);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call StepContext.onFailure", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("StepContext.onFailure failed", cause);
    }
  }

  /**
   * {@code onFailure(Throwable)} from a public interface of the context's class, else the class.
   */
  static Method find(Class<?> type) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      todo.addAll(java.util.List.of(c.getInterfaces()));
    }
    while (!todo.isEmpty()) {
      Class<?> iface = todo.poll();
      if (Modifier.isPublic(iface.getModifiers())) {
        try {
          return iface.getMethod("onFailure", Throwable.class);
        } catch (NoSuchMethodException notHere) {
          // keep looking
        }
      }
      todo.addAll(java.util.List.of(iface.getInterfaces()));
    }
    try {
      Method m = type.getMethod("onFailure", Throwable.class);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no onFailure(Throwable)", e);
    }
  }
}

package com.google.common.util.concurrent;

/**
 * Opaque shell of Guava's {@code FutureCallback} (a supertype of {@code StepContext}). The listing
 * does not describe it, so {@code onFailure(Throwable)} cannot be declared here; the plugin reaches
 * it in one place ({@code StepCompletion}).
 */
public interface FutureCallback<V> {}

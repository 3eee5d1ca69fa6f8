package io.jenkins.plugins.wsus.ops;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An operation the engine is running: the id it is persisted under, and its result.
 *
 * @param id stable across controller restarts; saved with the Pipeline step
 * @param result completes with the step's result map, or exceptionally
 */
public record RunningOperation(String id, CompletableFuture<Map<String, Object>> result) {}

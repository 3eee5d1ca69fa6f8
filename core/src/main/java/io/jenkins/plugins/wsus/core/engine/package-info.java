/**
 * Sync orchestration: one {@link io.jenkins.plugins.wsus.core.engine.SyncRequest} in, one {@link
 * io.jenkins.plugins.wsus.core.engine.SyncOutcome} out.
 *
 * <p>Hosts (plugin, CLI) build one {@link io.jenkins.plugins.wsus.core.engine.SyncEngine} per
 * process from the resilience settings, a {@link
 * io.jenkins.plugins.wsus.core.engine.WsusApiFactory} and the state directory's change journal
 * (plus, optionally, the evidence store, the health store and extra {@link
 * io.jenkins.plugins.wsus.core.engine.FallbackStrategy fallback strategies}), then call {@code
 * sync(request, listener)} and either compose or {@code join()} the handle's future. Concurrent
 * requests for one server share one flight; the engine polls on its own scheduler, detects stalls,
 * enforces the overall timeout, stops the sync on cancellation, reads the result from the event
 * history, retries by error class, and falls back (degraded sync by bisection, catalog import) with
 * every change journaled first.
 */
package io.jenkins.plugins.wsus.core.engine;

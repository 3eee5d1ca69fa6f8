package io.jenkins.plugins.wsus.core.engine;

import io.jenkins.plugins.wsus.core.client.WsusApi;
import io.jenkins.plugins.wsus.core.client.WsusException;

/** One blocking call of a server's API; the engine runs it on its I/O executor, guarded. */
@FunctionalInterface
public interface WsusCall<T> {
  T call(WsusApi api) throws WsusException;
}

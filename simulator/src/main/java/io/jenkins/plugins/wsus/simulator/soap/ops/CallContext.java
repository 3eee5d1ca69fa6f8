package io.jenkins.plugins.wsus.simulator.soap.ops;

import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.model.WsusModel;

/**
 * What an operation may know about its call.
 *
 * @param model the server state
 * @param account the authenticated caller
 * @param https whether the call came over HTTPS
 * @param contentType the request's content type
 */
public record CallContext(WsusModel model, SimAccount account, boolean https, String contentType) {}

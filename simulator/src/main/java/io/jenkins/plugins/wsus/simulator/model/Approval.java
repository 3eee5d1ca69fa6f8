package io.jenkins.plugins.wsus.simulator.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An approval (deployment) recorded by ExecuteSPDeployUpdate1.
 *
 * @param deploymentId id of the deployment
 * @param updateId approved update
 * @param revision approved revision
 * @param targetGroupId group it applies to
 * @param action deployment action as sent (see WireLayout ACTION_*)
 * @param deadline deadline, or null for none
 * @param adminName who approved, as sent
 * @param assigned the isAssigned flag as sent
 * @param at when the server recorded it
 */
public record Approval(
    UUID deploymentId,
    UUID updateId,
    int revision,
    UUID targetGroupId,
    int action,
    Instant deadline,
    String adminName,
    boolean assigned,
    Instant at) {}

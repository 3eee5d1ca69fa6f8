package io.jenkins.plugins.wsus.core.model;

import java.util.UUID;

/**
 * A computer target group ({@code ExecuteSPGetAllTargetGroups}).
 *
 * @param id the group id
 * @param name the group name
 * @param parentId the parent group's id, null for the root "All Computers" group
 */
public record TargetGroup(UUID id, String name, UUID parentId) {}

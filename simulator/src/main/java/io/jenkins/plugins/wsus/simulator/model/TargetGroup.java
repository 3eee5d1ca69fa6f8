package io.jenkins.plugins.wsus.simulator.model;

import java.util.UUID;

/**
 * A computer target group.
 *
 * @param id group id ("All Computers" has the well-known id)
 * @param name display name
 * @param description description
 * @param parentId parent group, null for All Computers
 * @param order display order
 */
public record TargetGroup(UUID id, String name, String description, UUID parentId, int order) {

  /** The well-known id of "All Computers". */
  public static final UUID ALL_COMPUTERS = UUID.fromString("a0a08746-4dbe-4a37-9adf-9e7652c0b421");

  /** The well-known id of "Unassigned Computers". */
  public static final UUID UNASSIGNED_COMPUTERS =
      UUID.fromString("b73ca6ed-5727-47f3-84de-015e03f6a88a");
}

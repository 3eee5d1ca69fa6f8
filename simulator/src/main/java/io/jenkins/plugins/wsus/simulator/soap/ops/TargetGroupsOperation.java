package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;

import io.jenkins.plugins.wsus.simulator.model.TargetGroup;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** ExecuteSPGetAllTargetGroups (row layout in {@link WireLayout}). */
final class TargetGroupsOperation {

  private TargetGroupsOperation() {}

  static Operation operation() {
    return new Operation(
        "ExecuteSPGetAllTargetGroups",
        WireLayout.NS,
        READ,
        (req, ctx) -> {
          List<List<Object>> rows = new ArrayList<>();
          for (TargetGroup g : ctx.model().targetGroups()) {
            Object[] row = new Object[5];
            row[WireLayout.GROUP_COL_ID] = g.id();
            row[WireLayout.GROUP_COL_NAME] = g.name();
            row[WireLayout.GROUP_COL_DESCRIPTION] = g.description();
            row[WireLayout.GROUP_COL_PARENT] = g.parentId();
            row[WireLayout.GROUP_COL_ORDER] = g.order();
            rows.add(Arrays.asList(row));
          }
          return w -> w.rows("ExecuteSPGetAllTargetGroupsResult", rows);
        });
  }
}

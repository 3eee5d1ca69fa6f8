package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;
import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.WRITE;

import io.jenkins.plugins.wsus.simulator.model.SyncProgress;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Start, stop and watch synchronizations. */
final class SyncOperations {

  private SyncOperations() {}

  static List<Operation> all() {
    return List.of(
        new Operation(
            "StartSubscriptionManually",
            WireLayout.NS,
            WRITE,
            (req, ctx) -> {
              ctx.model().startSync(false);
              return Operation.empty();
            }),
        new Operation(
            "StartSubscriptionManuallyForCategoryOnly",
            WireLayout.NS,
            WRITE,
            (req, ctx) -> {
              ctx.model().startSync(true);
              return Operation.empty();
            }),
        new Operation(
            "StopSubscription",
            WireLayout.NS,
            WRITE,
            (req, ctx) -> {
              ctx.model().stopSync();
              return Operation.empty();
            }),
        new Operation(
            "GetSubscriptionState",
            WireLayout.NS,
            READ,
            (req, ctx) -> {
              int status = ctx.model().progress().status();
              return w -> w.element("GetSubscriptionStateResult", status);
            }),
        new Operation(
            "GetServerSyncProgress",
            WireLayout.NS,
            READ,
            (req, ctx) -> {
              SyncProgress p = ctx.model().progress();
              Object[] row = new Object[3];
              row[WireLayout.PROGRESS_COL_PHASE] = p.phase();
              row[WireLayout.PROGRESS_COL_TOTAL] = p.total();
              row[WireLayout.PROGRESS_COL_PROCESSED] = p.processed();
              List<List<Object>> rows = new ArrayList<>();
              rows.add(Arrays.asList(row));
              return w -> w.rows("GetServerSyncProgressResult", rows);
            }));
  }
}

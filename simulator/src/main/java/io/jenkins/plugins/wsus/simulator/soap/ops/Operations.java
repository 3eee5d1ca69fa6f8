package io.jenkins.plugins.wsus.simulator.soap.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every operation the simulator implements, by SOAPAction. */
public final class Operations {

  private final Map<String, Operation> byAction;

  private Operations(List<Operation> operations) {
    this.byAction =
        operations.stream()
            .collect(Collectors.toUnmodifiableMap(Operation::soapAction, Function.identity()));
  }

  /** The operations this project needs (wsus-facts.md §1), with ExecuteSPGetUpdateById. */
  public static Operations standard() {
    List<Operation> all = new ArrayList<>();
    all.addAll(IdentityOperations.all());
    all.addAll(SyncOperations.all());
    all.addAll(SubscriptionOperations.all());
    all.add(EventHistoryOperation.operation());
    all.add(ConfigurationOperation.operation());
    all.add(SetConfigurationOperation.operation());
    all.add(TargetGroupsOperation.operation());
    all.addAll(UpdateOperations.all());
    return new Operations(all);
  }

  /** The operation selected by a SOAPAction (without quotes). */
  public Optional<Operation> byAction(String action) {
    return Optional.ofNullable(byAction.get(action));
  }

  /** Every implemented operation. */
  public List<Operation> all() {
    return List.copyOf(byAction.values());
  }
}

package io.jenkins.plugins.wsus.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultControlTest {

  @Test
  void countedFaultsAreConsumedPerMatchingRequest() {
    FaultControl faults = new FaultControl();
    faults.add(ClientFault.next(ClientFault.Kind.SERVICE_UNAVAILABLE, 2).onOperation("Ping"));
    assertThat(faults.take("GetServerVersion")).isEmpty();
    assertThat(faults.take("Ping")).hasSize(1);
    assertThat(faults.take("Ping")).hasSize(1);
    assertThat(faults.take("Ping")).isEmpty();
    assertThat(faults.armed()).isEmpty();
  }

  @Test
  void latencyCombinesWithOneShapingFault() {
    FaultControl faults = new FaultControl();
    faults.add(ClientFault.latency(Duration.ofMillis(100)));
    faults.add(ClientFault.next(ClientFault.Kind.TRUNCATED_XML, 1));
    faults.add(ClientFault.next(ClientFault.Kind.SERVER_FAULT, 1));
    assertThat(faults.take("X"))
        .extracting(ClientFault::kind)
        .containsExactly(ClientFault.Kind.LATENCY, ClientFault.Kind.TRUNCATED_XML);
    assertThat(faults.take("X"))
        .extracting(ClientFault::kind)
        .containsExactly(ClientFault.Kind.LATENCY, ClientFault.Kind.SERVER_FAULT);
  }

  @Test
  void invalidFaultsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> ClientFault.next(ClientFault.Kind.LATENCY, 0))
        .hasMessageContaining("count must be positive or UNLIMITED");
    assertThatThrownBy(() -> ClientFault.kindOf("meteor"))
        .hasMessageContaining("Unknown fault 'meteor'");
  }
}

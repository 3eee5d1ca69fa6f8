package io.jenkins.plugins.wsus.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.core.model.ApprovalAction;
import io.jenkins.plugins.wsus.core.model.PingResult;
import io.jenkins.plugins.wsus.core.model.ServerConfiguration;
import io.jenkins.plugins.wsus.core.model.Subscription;
import io.jenkins.plugins.wsus.core.model.SubscriptionCategory;
import io.jenkins.plugins.wsus.core.model.SyncEvent;
import io.jenkins.plugins.wsus.core.model.SyncEventKind;
import io.jenkins.plugins.wsus.core.model.SynchronizationResult;
import io.jenkins.plugins.wsus.core.model.SynchronizationStatus;
import io.jenkins.plugins.wsus.core.model.TargetGroup;
import io.jenkins.plugins.wsus.core.model.UpdateRevisionId;
import io.jenkins.plugins.wsus.core.model.UpdateSummary;
import io.jenkins.plugins.wsus.core.model.UserRole;
import io.jenkins.plugins.wsus.simulator.CatalogMetadataSource;
import io.jenkins.plugins.wsus.simulator.CatalogMetadataSource.CatalogMetadata;
import io.jenkins.plugins.wsus.simulator.SimAccount;
import io.jenkins.plugins.wsus.simulator.SimulatorOptions;
import io.jenkins.plugins.wsus.simulator.WsusSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against the project's WSUS simulator (real Jetty, real NTLMv2 verification, requests
 * validated against the WSDL by the simulator): every operation over HTTP and HTTPS, NTLM success
 * and failure, lowercase domains, roles, and many concurrent clients.
 */
@Timeout(120)
class SimulatorEndToEndTest {

  private static final String PASSWORD = "Passw0rd!";
  private static final UUID CATALOG_UPDATE =
      UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
  private static final SimAccount NOBODY =
      new SimAccount("CORP", "nobody", PASSWORD, SimAccount.Role.NONE);

  private static WsusSimulator sim;

  @BeforeAll
  static void startSimulator() {
    CatalogMetadataSource catalog =
        id ->
            id.equals(CATALOG_UPDATE)
                ? Optional.of(
                    new CatalogMetadata(
                        CATALOG_UPDATE,
                        3,
                        "2025-07 Cumulative Update for Windows Server 2022 (KB5062553)",
                        "5062553",
                        "Security Updates",
                        List.of("Windows Server 2022")))
                : Optional.empty();
    sim =
        WsusSimulator.start(
            SimulatorOptions.builder()
                .timeFactor(0.001)
                .account(SimAccount.defaultAdministrator())
                .account(SimAccount.defaultReporter())
                .account(NOBODY)
                .catalogMetadataSource(catalog)
                .build());
  }

  @AfterAll
  static void stopSimulator() {
    if (sim != null) {
      sim.close();
    }
  }

  private static WsusClientConfig.Builder config(String baseUrl, String account, String password) {
    WsusClientConfig.Builder b =
        WsusClientConfig.builder()
            .serverName("simulator")
            .baseUrl(baseUrl)
            .account(account)
            .password(password.toCharArray())
            .connectTimeout(Duration.ofSeconds(5))
            .responseTimeout(Duration.ofSeconds(20))
            .maxConnections(16);
    if (baseUrl.startsWith("https")) {
      b.caPem(sim.caCertificatePem());
    }
    return b;
  }

  private static String url(String scheme) {
    return scheme.equals("https") ? sim.httpsUrl() : sim.wsusUrl();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "https"})
  void everyOperation(String scheme) throws Exception {
    try (ApiRemotingClient wsus =
        new ApiRemotingClient(config(url(scheme), "CORP\\wsusadmin", PASSWORD).build())) {
      Instant before = Instant.now().minusSeconds(5);
      assertThat(wsus.getServerVersion()).isNotBlank();
      assertThat(wsus.getCurrentUserRole()).isEqualTo(UserRole.ADMINISTRATOR);
      PingResult ping = wsus.ping();
      assertThat(ping.success()).isTrue();

      Subscription subscription = wsus.getSubscription();
      List<SubscriptionCategory> classifications = wsus.getSubscriptionCategories(true);
      List<SubscriptionCategory> products = wsus.getSubscriptionCategories(false);
      assertThat(classifications).extracting(SubscriptionCategory::title).contains("Updates");
      assertThat(products).isNotEmpty();
      // Round trip: write back what was read.
      wsus.setSubscription(
          subscription,
          products.stream().map(SubscriptionCategory::id).toList(),
          classifications.stream().map(SubscriptionCategory::id).toList(),
          "CORP\\wsusadmin");
      assertThat(wsus.getSubscriptionCategories(true))
          .containsExactlyInAnyOrderElementsOf(classifications);

      ServerConfiguration configuration = wsus.getConfiguration();
      assertThat(configuration.rawRow()).containsKey("SyncToMU");

      wsus.startSubscriptionManually();
      SynchronizationStatus status = wsus.getSubscriptionState();
      assertThat(status).isIn(SynchronizationStatus.RUNNING, SynchronizationStatus.NOT_PROCESSING);
      assertThat(wsus.getServerSyncProgress()).isNotNull();
      assertThat(sim.model().awaitIdle(Duration.ofSeconds(30))).isTrue();
      assertThat(wsus.getSubscriptionState()).isEqualTo(SynchronizationStatus.NOT_PROCESSING);
      List<SyncEvent> events = wsus.searchSyncEvents(before, Instant.now().plusSeconds(5));
      assertThat(events).extracting(SyncEvent::kind).contains(SyncEventKind.MANUAL_STARTED);
      assertThat(events.get(events.size() - 1).result())
          .isIn(SynchronizationResult.SUCCEEDED, SynchronizationResult.FAILED);

      wsus.startSubscriptionManuallyForCategoryOnly();
      wsus.stopSubscription();
      assertThat(sim.model().awaitIdle(Duration.ofSeconds(30))).isTrue();

      wsus.catalogSiteGetMetadataAndImport(CATALOG_UPDATE, List.of());
      Optional<UpdateSummary> imported =
          wsus.getUpdateById(new UpdateRevisionId(CATALOG_UPDATE, 3));
      assertThat(imported).isPresent();
      assertThat(imported.get().title()).contains("KB5062553");

      List<TargetGroup> groups = wsus.getAllTargetGroups();
      TargetGroup pilot =
          groups.stream().filter(g -> g.name().equals("Ring 1 - Pilot")).findFirst().orElseThrow();
      assertThat(pilot.parentId()).isNotNull();
      wsus.deployUpdate(
          new UpdateRevisionId(CATALOG_UPDATE, 3),
          ApprovalAction.INSTALL,
          pilot.id(),
          Instant.now().plus(Duration.ofDays(7)),
          "CORP\\wsusadmin",
          true);
      wsus.deployUpdate(
          new UpdateRevisionId(CATALOG_UPDATE, 3),
          ApprovalAction.NOT_APPROVED,
          pilot.id(),
          null,
          "x",
          true);
      wsus.declineUpdate(CATALOG_UPDATE, "CORP\\wsusadmin", true);

      assertThat(wsus.getUpdateById(new UpdateRevisionId(UUID.randomUUID(), 1))).isEmpty();
    }
  }

  @Test
  void wrongPasswordIsAuthenticationFailed() {
    try (ApiRemotingClient wsus =
        new ApiRemotingClient(config(sim.wsusUrl(), "CORP\\wsusadmin", "wrong-Pa55").build())) {
      assertThatThrownBy(wsus::getServerVersion)
          .isInstanceOfSatisfying(
              WsusHttpException.class,
              e -> {
                assertThat(e.meaning()).isEqualTo(WsusHttpException.Meaning.AUTHENTICATION_FAILED);
                assertThat(e.getMessage()).doesNotContain("wrong-Pa55");
              });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"corp\\wsusadmin", "wsusadmin@corp", "Corp\\WsusAdmin"})
  void lowercaseAndMixedCaseDomainsSucceed(String account) throws Exception {
    try (ApiRemotingClient wsus =
        new ApiRemotingClient(config(sim.wsusUrl(), account, PASSWORD).build())) {
      assertThat(wsus.getCurrentUserRole()).isEqualTo(UserRole.ADMINISTRATOR);
    }
  }

  @Test
  void reporterReadsButCannotWrite() throws Exception {
    try (ApiRemotingClient wsus =
        new ApiRemotingClient(config(sim.wsusUrl(), "CORP\\reporter", PASSWORD).build())) {
      assertThat(wsus.getCurrentUserRole()).isEqualTo(UserRole.REPORTER);
      assertThat(wsus.getSubscriptionState()).isNotNull();
      assertThatThrownBy(wsus::startSubscriptionManually)
          .isInstanceOfSatisfying(
              WsusHttpException.class,
              e -> assertThat(e.meaning()).isEqualTo(WsusHttpException.Meaning.NOT_ADMINISTRATOR));
    }
  }

  @Test
  void accountOutsideWsusGroupsGets403() {
    try (ApiRemotingClient wsus =
        new ApiRemotingClient(config(sim.wsusUrl(), "CORP\\nobody", PASSWORD).build())) {
      assertThatThrownBy(wsus::getSubscriptionState)
          .isInstanceOfSatisfying(
              WsusHttpException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
  }

  /**
   * 50 clients at once, half administrators and half reporters, each on its own pool: every answer
   * must be the one for its own operation and its own account (a connection authenticated as one
   * account must never serve another). Then 50 threads share one client's pool.
   */
  @Test
  void fiftyConcurrentClientsNeverGetAnotherOnesAnswer() throws Exception {
    int clients = 50;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        boolean admin = i % 2 == 0;
        String scheme = i % 4 < 2 ? "http" : "https";
        Callable<Integer> work =
            () -> {
              try (ApiRemotingClient wsus =
                  new ApiRemotingClient(
                      config(url(scheme), admin ? "CORP\\wsusadmin" : "CORP\\reporter", PASSWORD)
                          .maxConnections(2)
                          .build())) {
                start.await();
                int calls = 0;
                for (int round = 0; round < 10; round++) {
                  assertThat(wsus.getCurrentUserRole())
                      .isEqualTo(admin ? UserRole.ADMINISTRATOR : UserRole.REPORTER);
                  assertThat(wsus.getAllTargetGroups())
                      .extracting(TargetGroup::name)
                      .contains("All Computers");
                  assertThat(wsus.getSubscriptionCategories(true))
                      .extracting(SubscriptionCategory::title)
                      .contains("Updates");
                  calls += 3;
                }
                return calls;
              }
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(100, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(clients * 30);

      try (ApiRemotingClient shared =
          new ApiRemotingClient(config(sim.wsusUrl(), "CORP\\wsusadmin", PASSWORD).build())) {
        List<Future<Boolean>> sharedResults = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          int n = i;
          sharedResults.add(
              pool.submit(
                  () -> {
                    for (int round = 0; round < 10; round++) {
                      if ((n + round) % 2 == 0) {
                        assertThat(shared.getCurrentUserRole()).isEqualTo(UserRole.ADMINISTRATOR);
                      } else {
                        assertThat(shared.getAllTargetGroups()).isNotEmpty();
                      }
                    }
                    return true;
                  }));
        }
        for (Future<Boolean> f : sharedResults) {
          assertThat(f.get(100, TimeUnit.SECONDS)).isTrue();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * NTLM authenticates a connection: sequential calls must reuse one authenticated keep-alive
   * connection (the pool is keyed by the NTLM user token), not open and authenticate a new one
   * each.
   */
  @Test
  void sequentialCallsReuseOneAuthenticatedConnection() throws Exception {
    try (CountingTcpProxy proxy = new CountingTcpProxy(sim.wsusUrl());
        ApiRemotingClient wsus =
            new ApiRemotingClient(config(proxy.baseUrl(), "CORP\\wsusadmin", PASSWORD).build())) {
      for (int i = 0; i < 20; i++) {
        assertThat(wsus.getCurrentUserRole()).isEqualTo(UserRole.ADMINISTRATOR);
        wsus.getSubscriptionState();
      }
      assertThat(proxy.connections()).isEqualTo(1);
    }
  }
}

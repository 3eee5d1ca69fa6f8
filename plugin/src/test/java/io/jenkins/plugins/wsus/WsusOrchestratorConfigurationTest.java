package io.jenkins.plugins.wsus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.wsus.connect.ClientConfigs;
import io.jenkins.plugins.wsus.core.client.Secret;
import io.jenkins.plugins.wsus.credentials.UsernamePassword;
import io.jenkins.plugins.wsus.fakes.FakeServices;
import io.jenkins.plugins.wsus.ops.EngineSettings;
import io.jenkins.plugins.wsus.run.ServerLookup;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The global configuration binds like configuration-as-code binds it (a getter for every setter),
 * refuses what would break steps, defaults fields missing from old XML, and never holds a secret.
 */
class WsusOrchestratorConfigurationTest {
  /** The real class without Jenkins: nothing is loaded or saved. */
  static final class Unsaved extends WsusOrchestratorConfiguration {
    int saves;

    @Override
    public synchronized void load() {}

    @Override
    public synchronized void save() {
      saves++;
    }
  }

  private static WsusServer server(String name) {
    WsusServer s = new WsusServer(name, "https://" + name + ".corp.example:8531");
    s.setCredentialsId("wsus-" + name);
    s.setUpstreamLabel("microsoft");
    s.setConnectTimeoutSeconds(15);
    s.setResponseTimeoutSeconds(90);
    return s;
  }

  @Test
  void everySetterHasAGetterAndTheValuesComeBack() throws Exception {
    Unsaved config = new Unsaved();
    ResilienceSettings resilience = new ResilienceSettings();
    resilience.setRetryMaxAttempts(6);
    resilience.setBreakerOpenDuration("1h");
    CatalogSettings catalog = new CatalogSettings();
    catalog.setBaseUrl("http://127.0.0.1:9000/catalog");
    catalog.setAllowedDownloadHosts("127.0.0.1\nLOCALHOST, localhost");

    config.setServers(List.of(server("hq"), server("branch")));
    config.setResilience(resilience);
    config.setCatalog(catalog);
    config.setEvidenceRetentionDays(30);

    assertThat(config.getServers()).extracting(WsusServer::getName).containsExactly("hq", "branch");
    assertThat(config.getServer("HQ")).map(WsusServer::getCredentialsId).contains("wsus-hq");
    assertThat(config.getResilience().getRetryMaxAttempts()).isEqualTo(6);
    assertThat(config.getCatalog().allowedDownloadHostList())
        .containsExactly("127.0.0.1", "localhost");
    assertThat(config.getEvidenceRetentionDays()).isEqualTo(30);
    assertThat(config.saves).isEqualTo(4);

    for (Class<?> type :
        List.of(
            WsusOrchestratorConfiguration.class,
            WsusServer.class,
            ResilienceSettings.class,
            CatalogSettings.class)) {
      for (Method setter : type.getMethods()) {
        if (setter.isAnnotationPresent(DataBoundSetter.class)) {
          String cap = setter.getName().substring(3);
          assertThat(hasGetter(type, cap)).as(type.getSimpleName() + " getter for " + cap).isTrue();
        }
      }
    }
  }

  @Test
  void duplicateServerNamesAreRefused() {
    Unsaved config = new Unsaved();
    assertThatThrownBy(() -> config.setServers(List.of(server("hq"), server("HQ"))))
        .hasMessage("WSUS server names must be unique; used more than once: HQ");
    assertThat(config.saves).isZero();
  }

  @Test
  void outOfRangeSettingsAreRefusedWithEveryReason() {
    Unsaved config = new Unsaved();
    ResilienceSettings bad = new ResilienceSettings();
    bad.setRetryMaxAttempts(0);
    bad.setRetryInitialBackoff("5m");
    bad.setRetryMaxBackoff("1m");
    assertThatThrownBy(() -> config.setResilience(bad))
        .hasMessageContaining("Retry attempts must be between 1 and 10, was 0");
    bad.setRetryMaxAttempts(3);
    assertThatThrownBy(() -> config.setResilience(bad))
        .hasMessageContaining("maximum backoff must not be shorter than the initial backoff");
    assertThatThrownBy(() -> config.setEvidenceRetentionDays(0))
        .hasMessage("Evidence retention (days) must be between 1 and 3650, was 0");
  }

  @Test
  void fieldsMissingFromOldXmlGetDefaults() throws Exception {
    WsusServer old = new WsusServer("hq", "https://hq:8531");
    setField(old, "connectTimeoutSeconds", 0);
    setField(old, "responseTimeoutSeconds", 0);
    old.readResolve();
    assertThat(old.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(old.responseTimeout()).isEqualTo(Duration.ofSeconds(60));

    Unsaved config = new Unsaved();
    for (String f : List.of("servers", "resilience", "catalog")) {
      setField(config, f, null);
    }
    setField(config, "evidenceRetentionDays", 0);
    config.readResolve();
    assertThat(config.getServers()).isEmpty();
    assertThat(config.getResilience().getRetryInitialBackoff()).isEqualTo("30s");
    assertThat(config.getCatalog().getBaseUrl()).isEqualTo(CatalogSettings.DEFAULT_BASE_URL);
    assertThat(config.getEvidenceRetentionDays()).isEqualTo(400);
  }

  @Test
  void settingsSnapshotForTheEngine() {
    Unsaved config = new Unsaved();
    EngineSettings settings =
        EngineSettings.of(
            config.getResilience(), config.getCatalog(), config.getEvidenceRetentionDays());
    assertThat(settings.retryMaxAttempts()).isEqualTo(4);
    assertThat(settings.retryInitialBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.breakerOpenDuration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.allowedDownloadHosts()).contains("download.windowsupdate.com");
    assertThat(settings.evidenceRetention()).isEqualTo(Duration.ofDays(400));
  }

  @Test
  void unknownServersAreNamedWithTheConfiguredOnes() {
    assertThatThrownBy(() -> ServerLookup.find(List.of(server("hq"), server("branch")), "lab"))
        .hasMessageContaining("no WSUS server named 'lab'")
        .hasMessageEndingWith("configured: hq, branch");
    assertThat(ServerLookup.find(List.of(server("hq")), "HQ").getName()).isEqualTo("hq");
  }

  @Test
  void nothingSecretIsHeldSavedOrPrinted() throws Exception {
    Unsaved config = new Unsaved();
    WsusServer hq = server("hq");
    config.setServers(List.of(hq));
    UsernamePassword account =
        new UsernamePassword("CORP\\svc-wsus", Secret.of(FakeServices.PASSWORD));
    var client = ClientConfigs.from(hq, account);

    // The saved object graph (what XStream would write) holds no password and no secret type.
    List<String> found = new ArrayList<>();
    walk(config, new IdentityHashMap<>(), found, "config");
    assertThat(found).isEmpty();
    assertThat(transientOrAbsent(WsusOrchestratorConfiguration.class, "lock")).isTrue();

    // What gets printed never shows it either.
    assertThat(account.toString()).doesNotContain(FakeServices.PASSWORD);
    assertThat(client.toString()).doesNotContain(FakeServices.PASSWORD);
    assertThat(FakeServices.context(System.out).toString()).doesNotContain(FakeServices.PASSWORD);
    assertThat(hq.toString()).doesNotContain("wsus-hq");
  }

  private static boolean transientOrAbsent(Class<?> type, String field) throws Exception {
    return Modifier.isTransient(type.getDeclaredField(field).getModifiers());
  }

  /** Every non-transient field reachable from {@code o}, failing on a secret type or a password. */
  private static void walk(Object o, Map<Object, Boolean> seen, List<String> found, String path)
      throws IllegalAccessException {
    if (o == null || seen.put(o, true) != null) {
      return;
    }
    if (o instanceof String s) {
      if (s.contains(FakeServices.PASSWORD)) {
        found.add(path);
      }
      return;
    }
    if (o instanceof Secret || o instanceof char[] || o instanceof hudson.util.Secret) {
      found.add(path + " is a " + o.getClass().getName());
      return;
    }
    if (o instanceof Iterable<?> it) {
      int i = 0;
      for (Object e : it) {
        walk(e, seen, found, path + "[" + i++ + "]");
      }
      return;
    }
    if (o.getClass().getName().startsWith("java.")) {
      return;
    }
    for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.getType().isPrimitive()) {
          continue;
        }
        f.setAccessible(true);
        walk(f.get(o), seen, found, path + "." + f.getName());
      }
    }
  }

  private static boolean hasGetter(Class<?> type, String cap) {
    for (String prefix : List.of("get", "is")) {
      try {
        type.getMethod(prefix + cap);
        return true;
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return false;
  }

  private static void setField(Object o, String name, Object value) throws Exception {
    Class<?> c = o.getClass();
    while (c != null) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(o, value);
        return;
      } catch (NoSuchFieldException e) {
        c = c.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }
}

package io.jenkins.plugins.wsus.simulator;

import io.jenkins.plugins.wsus.simulator.scenario.UpstreamScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;

/**
 * How to start a {@link WsusSimulator}. Build with {@link #builder()}; every setting has a default.
 */
public final class SimulatorOptions {

  /** Where the real WSDL lives relative to a directory above the working directory. */
  static final Path SHARED_WSDL =
      Path.of("shared", "reference", "wsus-api-remoting", "ApiRemoting30.wsdl");

  private final String bindAddress;
  private final int httpPort;
  private final int httpsPort;
  private final int controlPort;
  private final boolean httpsEnabled;
  private final List<SimAccount> accounts;
  private final double timeFactor;
  private final UpstreamScenario initialScenario;
  private final Path wsdlPath;
  private final boolean wsdlLookup;
  private final CatalogMetadataSource catalogMetadataSource;
  private final Map<String, Handler> mounts;
  private final boolean replicaMode;
  private final long randomSeed;
  private final String serverVersion;
  private final boolean scheduledSyncs;

  private SimulatorOptions(Builder b) {
    this.bindAddress = b.bindAddress;
    this.httpPort = b.httpPort;
    this.httpsPort = b.httpsPort;
    this.controlPort = b.controlPort;
    this.httpsEnabled = b.httpsEnabled;
    this.accounts = List.copyOf(b.accounts.isEmpty() ? defaultAccounts() : b.accounts);
    this.timeFactor = b.timeFactor;
    this.initialScenario = b.initialScenario;
    this.wsdlPath = b.wsdlPath;
    this.wsdlLookup = b.wsdlLookup;
    this.catalogMetadataSource = b.catalogMetadataSource;
    this.mounts = Map.copyOf(b.mounts);
    this.replicaMode = b.replicaMode;
    this.randomSeed = b.randomSeed;
    this.serverVersion = b.serverVersion;
    this.scheduledSyncs = b.scheduledSyncs;
  }

  /** A builder with the defaults: loopback, ephemeral ports, default accounts, time factor 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** Options with every default. */
  public static SimulatorOptions defaults() {
    return builder().build();
  }

  /** {@code CORP\wsusadmin} (administrator) and {@code CORP\reporter} (reporter). */
  public static List<SimAccount> defaultAccounts() {
    return List.of(SimAccount.defaultAdministrator(), SimAccount.defaultReporter());
  }

  public String bindAddress() {
    return bindAddress;
  }

  public int httpPort() {
    return httpPort;
  }

  public int httpsPort() {
    return httpsPort;
  }

  public int controlPort() {
    return controlPort;
  }

  public boolean httpsEnabled() {
    return httpsEnabled;
  }

  public List<SimAccount> accounts() {
    return accounts;
  }

  public double timeFactor() {
    return timeFactor;
  }

  public UpstreamScenario initialScenario() {
    return initialScenario;
  }

  public Optional<CatalogMetadataSource> catalogMetadataSource() {
    return Optional.ofNullable(catalogMetadataSource);
  }

  /** Extra handlers served by the WSUS connectors, keyed by path prefix (e.g. {@code /catalog}). */
  public Map<String, Handler> mounts() {
    return mounts;
  }

  public boolean replicaMode() {
    return replicaMode;
  }

  public long randomSeed() {
    return randomSeed;
  }

  public String serverVersion() {
    return serverVersion;
  }

  /** Whether the server runs its own scheduled syncs (event 381). */
  public boolean scheduledSyncs() {
    return scheduledSyncs;
  }

  /**
   * The WSDL to serve and validate against: the configured path, else (unless disabled) {@code
   * ../shared/reference/wsus-api-remoting/ApiRemoting30.wsdl} found by walking up from the working
   * directory; empty when there is none.
   */
  public Optional<Path> resolveWsdlPath() {
    if (wsdlPath != null) {
      return Files.isRegularFile(wsdlPath) ? Optional.of(wsdlPath) : Optional.empty();
    }
    if (!wsdlLookup) {
      return Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SHARED_WSDL);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Builder of {@link SimulatorOptions}. */
  public static final class Builder {
    private String bindAddress = "127.0.0.1";
    private int httpPort;
    private int httpsPort;
    private int controlPort;
    private boolean httpsEnabled = true;
    private final List<SimAccount> accounts = new ArrayList<>();
    private double timeFactor = 1.0;
    private UpstreamScenario initialScenario = UpstreamScenario.healthy();
    private Path wsdlPath;
    private boolean wsdlLookup = true;
    private CatalogMetadataSource catalogMetadataSource;
    private final Map<String, Handler> mounts = new LinkedHashMap<>();
    private boolean replicaMode;
    private long randomSeed = 20250709L;
    private String serverVersion = "10.0.20348.2849";
    private boolean scheduledSyncs;

    private Builder() {}

    /** The address the WSUS connectors bind to (default 127.0.0.1; control is always loopback). */
    public Builder bindAddress(String address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    /** HTTP port of the WSUS endpoint; 0 (default) picks a free port. */
    public Builder httpPort(int port) {
      this.httpPort = checkPort(port);
      return this;
    }

    /** HTTPS port of the WSUS endpoint; 0 (default) picks a free port. */
    public Builder httpsPort(int port) {
      this.httpsPort = checkPort(port);
      return this;
    }

    /** Port of the control endpoint; 0 (default) picks a free port. */
    public Builder controlPort(int port) {
      this.controlPort = checkPort(port);
      return this;
    }

    /** Whether to open the HTTPS connector (default true). */
    public Builder https(boolean enabled) {
      this.httpsEnabled = enabled;
      return this;
    }

    /** Adds an account; when none is added, {@link #defaultAccounts()} apply. */
    public Builder account(SimAccount account) {
      this.accounts.add(Objects.requireNonNull(account, "account"));
      return this;
    }

    /** Replaces the accounts. */
    public Builder accounts(List<SimAccount> list) {
      this.accounts.clear();
      list.forEach(this::account);
      return this;
    }

    /**
     * Multiplies every simulated duration (sync phases, upstream timeouts, outage windows): 1.0 is
     * real time, 0.001 turns minutes into fractions of a second for tests.
     */
    public Builder timeFactor(double factor) {
      if (!(factor > 0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("timeFactor must be > 0, was " + factor);
      }
      this.timeFactor = factor;
      return this;
    }

    /** The upstream scenario at start (default HEALTHY). */
    public Builder initialScenario(UpstreamScenario scenario) {
      this.initialScenario = Objects.requireNonNull(scenario, "scenario");
      return this;
    }

    /** The WSDL to serve at {@code ?WSDL} and to validate requests against. */
    public Builder wsdlPath(Path path) {
      this.wsdlPath = Objects.requireNonNull(path, "path");
      return this;
    }

    /** Neither look for nor serve a WSDL: requests are checked structurally only. */
    public Builder withoutWsdl() {
      this.wsdlPath = null;
      this.wsdlLookup = false;
      return this;
    }

    /** Where CatalogSiteGetMetadataAndImport finds catalog metadata (default: nowhere). */
    public Builder catalogMetadataSource(CatalogMetadataSource source) {
      this.catalogMetadataSource = source;
      return this;
    }

    /** Serves {@code handler} for requests whose path starts with {@code pathPrefix}. */
    public Builder mount(String pathPrefix, Handler handler) {
      Objects.requireNonNull(handler, "handler");
      if (pathPrefix == null || !pathPrefix.startsWith("/") || pathPrefix.length() < 2) {
        throw new IllegalArgumentException("pathPrefix must start with '/': " + pathPrefix);
      }
      String p =
          pathPrefix.endsWith("/") ? pathPrefix.substring(0, pathPrefix.length() - 1) : pathPrefix;
      this.mounts.put(p, handler);
      return this;
    }

    /** Simulates a replica (downstream) server: SetSubscription and approvals are refused. */
    public Builder replicaMode(boolean replica) {
      this.replicaMode = replica;
      return this;
    }

    /** Seed for every random choice the simulator makes (NTLM challenges excepted). */
    public Builder randomSeed(long seed) {
      this.randomSeed = seed;
      return this;
    }

    /** What GetServerVersion answers. */
    public Builder serverVersion(String version) {
      this.serverVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Runs scheduled syncs as a real server does when SynchronizeAutomatically is on: every 24 h /
     * NumberOfSynchronizationsPerDay (nominal, scaled), skipped while a sync runs. Off by default,
     * so tests decide when syncs happen.
     */
    public Builder scheduledSyncs(boolean enabled) {
      this.scheduledSyncs = enabled;
      return this;
    }

    public SimulatorOptions build() {
      return new SimulatorOptions(this);
    }

    private static int checkPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0..65535, was " + port);
      }
      return port;
    }
  }
}

package io.jenkins.plugins.wsus.simulator.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A simulated Microsoft Update Catalog: {@code Search.aspx?q=} (25 rows a page, {@code &p=}
 * zero-based paging, the 1000-result cap), {@code ScopedViewInline.aspx?updateid=}, {@code POST
 * DownloadDialog.aspx} (411 without Content-Length, as IIS), the 8DDD0010 error page and the
 * no-results page, over a {@link CatalogDataset}. Scenarios switch at runtime.
 *
 * <p>Mount {@link #handler()} in another Jetty server (paths are matched by their last segment,
 * case-insensitively), or {@link #start()} it alone on an ephemeral loopback port.
 */
public final class CatalogSimulator {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Cap on the DownloadDialog form, far above any real basket. */
  private static final int MAX_FORM_BYTES = 256 * 1024;

  private final AtomicReference<CatalogDataset> dataset;
  private final AtomicReference<CatalogScenario> scenario =
      new AtomicReference<>(CatalogScenario.healthy());
  private final AtomicInteger errorsLeft = new AtomicInteger();
  private final AtomicReference<SplittableRandom> random =
      new AtomicReference<>(new SplittableRandom(0));
  private final AtomicReference<Long> rowOrderSeed = new AtomicReference<>(null);
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong errorPagesServed = new AtomicLong();
  private final CatalogPageRenderer renderer = new CatalogPageRenderer();

  public CatalogSimulator(CatalogDataset dataset) {
    this.dataset = new AtomicReference<>(dataset);
  }

  /** Starts a simulator over {@code dataset} on an ephemeral loopback port. */
  public static Running start(CatalogDataset dataset) {
    return new CatalogSimulator(dataset).start();
  }

  /** The dataset served. */
  public CatalogDataset dataset() {
    return dataset.get();
  }

  /** Replaces the dataset served. */
  public void setDataset(CatalogDataset value) {
    dataset.set(value);
  }

  /** Switches the scenario; takes effect for the next request. */
  public void setScenario(CatalogScenario value) {
    errorsLeft.set(value.errorCount());
    random.set(new SplittableRandom(value.seed()));
    scenario.set(value);
  }

  /** The scenario in effect. */
  public CatalogScenario scenario() {
    return scenario.get();
  }

  /**
   * Shuffles search rows with this seed (null restores dataset order), so clients can be checked
   * for not depending on the catalog's row order.
   */
  public void setRowOrderSeed(Long seed) {
    rowOrderSeed.set(seed);
  }

  /** Requests answered so far. */
  public long requestCount() {
    return requests.get();
  }

  /** Error pages served so far. */
  public long errorPagesServed() {
    return errorPagesServed.get();
  }

  /** The Jetty handler serving the catalog pages. */
  public Handler handler() {
    return new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback)
          throws Exception {
        return serve(request, response, callback);
      }
    };
  }

  /** Starts a Jetty server on 127.0.0.1 with an ephemeral port serving {@link #handler()}. */
  public Running start() {
    QueuedThreadPool pool = new QueuedThreadPool(32, 2);
    pool.setName("catalog-sim");
    pool.setDaemon(true);
    Server server = new Server(pool);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(handler());
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("catalog simulator failed to start: " + e.getMessage(), e);
    }
    URI base = URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort() + "/");
    return new Running(this, server, base);
  }

  private boolean serve(Request request, Response response, Callback callback) throws Exception {
    requests.incrementAndGet();
    String path = Request.getPathInContext(request);
    String page = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!page.equals("search.aspx")
        && !page.equals("scopedviewinline.aspx")
        && !page.equals("downloaddialog.aspx")) {
      return false;
    }
    CatalogScenario s = scenario.get();
    if (!s.latency().isZero()) {
      Thread.sleep(s.latency().toMillis());
    }
    if (page.equals("downloaddialog.aspx")) {
      if (!HttpMethod.POST.is(request.getMethod())) {
        return send(response, callback, 405, renderer.errorPage("8DDD0005"));
      }
      // IIS rejects a POST without Content-Length before the page runs.
      if (request.getHeaders().get(HttpHeader.CONTENT_LENGTH) == null) {
        // Read the (capped) body first: closing on unread chunks resets the connection, and the
        // reset can discard the 411 before the client reads it.
        try {
          FormFields.getFields(request, 100, MAX_FORM_BYTES);
        } catch (RuntimeException tooLargeOrBroken) {
          // The 411 goes out regardless.
        }
        return send(response, callback, 411, renderer.lengthRequiredPage());
      }
    }
    if (errorNow(s)) {
      errorPagesServed.incrementAndGet();
      return send(response, callback, 200, renderer.errorPage(s.errorNumber()));
    }
    Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    return switch (page) {
      case "search.aspx" -> send(response, callback, 200, search(query));
      case "scopedviewinline.aspx" -> details(query, response, callback);
      default -> downloadDialog(request, response, callback);
    };
  }

  private boolean errorNow(CatalogScenario s) {
    return switch (s.errorMode()) {
      case NEVER -> false;
      case ALWAYS -> true;
      case PROBABILITY -> {
        synchronized (random) {
          yield random.get().nextDouble() < s.errorProbability();
        }
      }
      case NEXT_N -> errorsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    };
  }

  private String search(Fields query) {
    String q = query.getValue("q");
    if (q == null || q.isBlank()) {
      return renderer.noResultsPage("");
    }
    List<CatalogEntry> matches = new ArrayList<>(dataset.get().search(q));
    if (matches.isEmpty()) {
      return renderer.noResultsPage(q);
    }
    Long seed = rowOrderSeed.get();
    if (seed != null) {
      Collections.shuffle(matches, new Random(seed));
    }
    boolean capped = matches.size() > CatalogPageRenderer.RESULT_CAP;
    int shown = Math.min(matches.size(), CatalogPageRenderer.RESULT_CAP);
    int pageCount = (shown + CatalogPageRenderer.PAGE_SIZE - 1) / CatalogPageRenderer.PAGE_SIZE;
    int pageIndex = 0;
    String p = query.getValue("p");
    if (p != null) {
      try {
        pageIndex = Math.max(0, Integer.parseInt(p.trim()));
      } catch (NumberFormatException e) {
        pageIndex = 0;
      }
    }
    // Past the last page the catalog shows the last page again.
    pageIndex = Math.min(pageIndex, pageCount - 1);
    int from = pageIndex * CatalogPageRenderer.PAGE_SIZE;
    int to = Math.min(shown, from + CatalogPageRenderer.PAGE_SIZE);
    return renderer.searchPage(q, matches.subList(from, to), pageIndex, shown, capped);
  }

  private boolean details(Fields query, Response response, Callback callback) {
    String id = query.getValue("updateid");
    UUID updateId;
    try {
      updateId = UUID.fromString(id == null ? "" : id.trim());
    } catch (IllegalArgumentException e) {
      return send(response, callback, 404, renderer.errorPage("8DDD0024"));
    }
    CatalogDataset ds = dataset.get();
    return ds.find(updateId)
        .map(e -> send(response, callback, 200, renderer.detailsPage(e, ds)))
        .orElseGet(() -> send(response, callback, 404, renderer.errorPage("8DDD0024")));
  }

  private boolean downloadDialog(Request request, Response response, Callback callback) {
    Fields form;
    try {
      form = FormFields.getFields(request, 100, MAX_FORM_BYTES);
    } catch (RuntimeException e) {
      return send(response, callback, 400, renderer.errorPage("8DDD0020"));
    }
    String json = form.getValue("updateIDs");
    List<CatalogEntry> found = new ArrayList<>();
    try {
      JsonNode array = JSON.readTree(json == null ? "[]" : json);
      CatalogDataset ds = dataset.get();
      for (JsonNode item : array) {
        String id = item.path("updateID").asText("");
        ds.find(UUID.fromString(id)).ifPresent(found::add);
      }
    } catch (Exception e) {
      return send(response, callback, 200, renderer.errorPage("8DDD0020"));
    }
    return send(response, callback, 200, renderer.downloadDialog(found));
  }

  private static boolean send(Response response, Callback callback, int status, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "private");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /** A started standalone simulator; close it to stop the server. */
  public static final class Running implements AutoCloseable {
    private final CatalogSimulator simulator;
    private final Server server;
    private final URI baseUri;

    Running(CatalogSimulator simulator, Server server, URI baseUri) {
      this.simulator = simulator;
      this.server = server;
      this.baseUri = baseUri;
    }

    /** The root URL, e.g. {@code http://127.0.0.1:40123/}. */
    public URI baseUri() {
      return baseUri;
    }

    /** The simulator, to switch scenarios or read counters. */
    public CatalogSimulator simulator() {
      return simulator;
    }

    @Override
    public void close() {
      try {
        server.stop();
      } catch (Exception e) {
        throw new IllegalStateException("catalog simulator failed to stop: " + e.getMessage(), e);
      }
    }
  }
}

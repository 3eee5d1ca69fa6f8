package io.jenkins.plugins.wsus.pages;

import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.wsus.ops.OperationRequest;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;

/**
 * The build's "WSUS Orchestrator" page: each operation's outcome, its timeline of attempts, breaker
 * transitions and fallbacks, and the evidence reports archived with the build (JSON served here).
 *
 * <p>One action per build. The declared API cannot look actions up on a build, so each action
 * registers itself (when attached and when the build is loaded) in a weak map from build to action.
 */
public final class WsusBuildAction implements RunAction2 {
  /** Folder under the build's directory where evidence is archived. */
  public static final String EVIDENCE_FOLDER = "wsus-evidence";

  private static final Map<Run<?, ?>, WsusBuildAction> ATTACHED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final List<OperationRecord> records = new CopyOnWriteArrayList<>();
  private transient Run<?, ?> run;

  /** Records a completed operation on {@code run}; adds the page to the build the first time. */
  public static void record(
      Run<?, ?> run, OperationRequest request, Map<String, Object> result, String failure) {
    WsusBuildAction action;
    boolean created = false;
    synchronized (ATTACHED) {
      action = ATTACHED.get(run);
      if (action == null) {
        action = new WsusBuildAction();
        ATTACHED.put(run, action);
        created = true;
      }
    }
    Path evidence = run.getRootDir().toPath().resolve(EVIDENCE_FOLDER);
    action.records.add(
        OperationRecord.of(
            request.functionName(),
            request.server(),
            result,
            failure,
            EvidenceFiles.list(evidence)));
    if (created) {
      run.addAction(action);
    }
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    run = r;
    ATTACHED.put(r, this);
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    run = r;
    ATTACHED.put(r, this);
  }

  @Override
  public String getIconFileName() {
    return "symbol-shield";
  }

  @Override
  public String getDisplayName() {
    return "WSUS Orchestrator";
  }

  @Override
  public String getUrlName() {
    return "wsus-orchestrator";
  }

  public List<OperationRecord> getRecords() {
    return List.copyOf(records);
  }

  public Run<?, ?> getRun() {
    return run;
  }

  /** Serves one JSON evidence report of this build to those who may see the build. */
  public HttpResponse doEvidence(@QueryParameter String file) throws MalformedURLException {
    Run<?, ?> r = run;
    if (r == null) {
      return HttpResponses.redirectToDot();
    }
    r.checkPermission(Item.READ);
    Path folder = r.getRootDir().toPath().resolve(EVIDENCE_FOLDER);
    return EvidenceFiles.servable(folder, file).isPresent()
        ? HttpResponses.staticResource(folder.resolve(file).toUri().toURL())
        : HttpResponses.redirectToDot();
  }
}

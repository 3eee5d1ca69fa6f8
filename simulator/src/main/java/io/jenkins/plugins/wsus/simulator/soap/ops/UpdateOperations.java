package io.jenkins.plugins.wsus.simulator.soap.ops;

import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.READ;
import static io.jenkins.plugins.wsus.simulator.soap.ops.Operation.Access.WRITE;

import io.jenkins.plugins.wsus.simulator.model.Approval;
import io.jenkins.plugins.wsus.simulator.model.Category;
import io.jenkins.plugins.wsus.simulator.model.KnownCategories;
import io.jenkins.plugins.wsus.simulator.model.UpdateInfo;
import io.jenkins.plugins.wsus.simulator.soap.WireLayout;
import io.jenkins.plugins.wsus.simulator.soap.XmlWriter;
import io.jenkins.plugins.wsus.simulator.soap.xml.RequestFormatException;
import io.jenkins.plugins.wsus.simulator.soap.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Approvals, declines, lookups by id and catalog imports. */
final class UpdateOperations {

  private UpdateOperations() {}

  static List<Operation> all() {
    return List.of(
        new Operation("ExecuteSPDeployUpdate1", WireLayout.NS, WRITE, UpdateOperations::deploy),
        new Operation("ExecuteSPDeclineUpdate", WireLayout.NS, WRITE, UpdateOperations::decline),
        new Operation("ExecuteSPGetUpdateById", WireLayout.NS, READ, UpdateOperations::byId),
        new Operation(
            "CatalogSiteGetMetadataAndImport",
            WireLayout.NS,
            WRITE,
            UpdateOperations::importUpdate));
  }

  private static Consumer<XmlWriter> deploy(Args req, CallContext ctx)
      throws RequestFormatException {
    Args id = req.requiredChild("updateId");
    UUID updateId = id.requiredGuid("UpdateId");
    int revision = id.requiredInt("RevisionNumber");
    int action = req.requiredInt("deploymentAction");
    UUID group = req.requiredGuid("targetGroupId");
    Instant deadline = req.requiredDateTime("deadline");
    if (deadline != null && deadline.isAfter(Instant.parse("9000-01-01T00:00:00Z"))) {
      deadline = null; // DateTime.MaxValue: no deadline
    }
    String admin = req.optionalString("adminName").orElse(ctx.account().qualifiedName());
    boolean assigned = req.requiredBoolean("isAssigned");
    Approval a = ctx.model().approve(updateId, revision, action, group, deadline, admin, assigned);
    List<Object> row =
        Arrays.asList(
            a.deploymentId(),
            a.updateId(),
            a.revision(),
            a.targetGroupId(),
            a.action(),
            a.deadline(),
            a.adminName());
    return w -> w.row("ExecuteSPDeployUpdate1Result", row);
  }

  private static Consumer<XmlWriter> decline(Args req, CallContext ctx)
      throws RequestFormatException {
    UUID updateId = req.requiredGuid("updateId");
    String admin = req.optionalString("adminName").orElse(ctx.account().qualifiedName());
    boolean failIfReplica = req.requiredBoolean("failIfReplica");
    ctx.model().decline(updateId, admin, failIfReplica);
    return Operation.empty();
  }

  private static Consumer<XmlWriter> byId(Args req, CallContext ctx) throws RequestFormatException {
    Optional<Args> id = req.optionalChild("id");
    Optional<UpdateInfo> found = Optional.empty();
    if (id.isPresent()) {
      UUID updateId = id.get().requiredGuid("UpdateId");
      int revision = id.get().requiredInt("RevisionNumber");
      // Revision 0 asks for the latest revision, as new UpdateRevisionId(guid) does in the
      // managed API; any other number must match exactly.
      found = ctx.model().update(updateId).filter(u -> revision == 0 || u.revision() == revision);
    }
    List<List<Object>> minimal = new ArrayList<>();
    List<List<Object>> titles = new ArrayList<>();
    List<List<Object>> kbs = new ArrayList<>();
    if (found.isPresent()) {
      UpdateInfo u = found.get();
      Category c = KnownCategories.byId(u.classificationId()).orElseThrow();
      minimal.add(
          Arrays.asList(
              u.id(),
              u.revision(),
              u.title(),
              c.id(),
              c.title(),
              u.kb(),
              u.declined(),
              u.arrival(),
              u.origin() == UpdateInfo.Origin.CATALOG ? "Catalog" : "Sync"));
      titles.add(Arrays.asList(c.id(), c.title()));
      for (UUID p : u.productIds()) {
        KnownCategories.byId(p).ifPresent(pc -> titles.add(Arrays.asList(pc.id(), pc.title())));
      }
      if (!u.kb().isEmpty()) {
        kbs.add(Arrays.asList(u.id(), u.revision(), u.kb()));
      }
    }
    // An unknown id gives empty lists: the managed API turns that into WsusObjectNotFoundException.
    return w ->
        w.start("ExecuteSPGetUpdateByIdResult")
            .rows("minimalProperties", minimal)
            .rows("localizedCategoryTitleRows", titles)
            .rows("kbArticles", kbs)
            .rows("bulletins", List.of())
            .rows("infoUrls", List.of())
            .end();
  }

  private static Consumer<XmlWriter> importUpdate(Args req, CallContext ctx)
      throws RequestFormatException {
    UUID updateId = req.requiredGuid("updateId");
    for (XmlElement digest :
        req.element().child("downloadedFileDigests").stream()
            .flatMap(d -> d.childrenNamed("base64Binary").stream())
            .filter(d -> !d.isNil())
            .toList()) {
      try {
        Base64.getMimeDecoder().decode(digest.text().trim());
      } catch (IllegalArgumentException e) {
        throw RequestFormatException.at(
            digest,
            "The input is not a valid Base-64 string as it contains a non-base 64 character,"
                + " more than two padding characters, or an illegal character among the padding"
                + " characters.");
      }
    }
    ctx.model().importFromCatalog(updateId);
    return Operation.empty();
  }
}
